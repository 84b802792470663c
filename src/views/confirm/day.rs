//! What recording a day says: a check-in (and `slip`, `contact`), an
//! urge closed, a draft kept, a why.

use std::io;

use chrono::NaiveDate;

use crate::schedule::Counter;
use crate::state::{Checkin, Contact, DayChange, Urges};
use crate::text::{Screen, fit, paragraph, plural, wrap};
use crate::views::help;
use crate::views::words::contact;

/// What `plan checkin` (and `slip`, `contact`) did.
#[derive(Debug)]
pub struct CheckedIn {
    pub date: NaiveDate,
    /// The day's check-in as it now stands.
    pub entry: Checkin,
    pub recorded: DayChange,
    /// The counter before the check-in and after it.
    pub before: Counter,
    pub after: Counter,
    /// The looking counter after it, and whether the check-in made the day a look.
    pub looking: Counter,
    pub look_began: bool,
    /// The kind of contact the check-in gave, if it gave one.
    pub kind: Option<Contact>,
    /// Whether the latest check-ins, this one included, show the hardest days.
    pub hard_days: bool,
    /// Whether the check-in added a note.
    pub added: bool,
    /// How many notes the day had that the note added was kept beside.
    pub beside: usize,
    /// The notes this check-in replaced (or removed), as they were.
    pub replaced: Vec<String>,
}

/// What `plan checkin` (and `slip`, `contact`) did.
pub fn checked_in(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    recorded(out, v)?;
    notes_kept(out, v)?;
    counter_moved(out, v)?;
    if v.look_began {
        let l = &v.looking;
        if l.days == 0 {
            fit(out, "Days without looking at their profile start again from today.")?;
        } else {
            fit(out, &format!("Not looking at their profile: day {} (since {}).", l.days, l.since))?;
        }
    }
    if v.hard_days {
        paragraph(out, &help::hard_days())?;
    }
    Ok(())
}

/// What the day's check-in now holds, or that nothing changed.
fn recorded(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    let (date, entry) = (v.date, &v.entry);
    let what: Vec<String> = [
        entry.mood.map(|m| format!("mood {m}")),
        entry.urge.map(|u| format!("urge {u}")),
        Some(contact(entry.contact)),
        match entry.notes.len() {
            0 => None,
            1 => Some("a note".to_owned()),
            n => Some(plural(n as u64, "note")),
        },
    ]
    .into_iter()
    .flatten()
    .collect();
    match v.recorded {
        DayChange::New => fit(out, &format!("Checked in for {date}: {}.", what.join(", ")))?,
        DayChange::Amended => {
            fit(out, &format!("Amended the check-in for {date}: {}.", what.join(", ")))?;
        }
        DayChange::Unchanged => {
            fit(out, &format!("The check-in for {date} already says that; saved again."))?;
        }
    }
    Ok(())
}

/// What a check-in did to the counter.
fn counter_moved(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    let (before, after) = (&v.before, &v.after);
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
    } else if v.recorded == DayChange::New {
        fit(out, &format!("No contact: day {}.", after.days))
    } else {
        Ok(())
    }
}

/// What became of the notes the day had: a new one kept beside them, or
/// those replaced or removed, quoted, and where their words still are.
fn notes_kept(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    if v.recorded == DayChange::Unchanged {
        return Ok(());
    }
    match v.beside {
        _ if !v.added => {}
        0 => {}
        1 => fit(out, "Your note is kept beside the one already there.")?,
        n => fit(out, &format!("Your note is kept beside the {n} already there."))?,
    }
    if v.replaced.is_empty() {
        return Ok(());
    }
    let what = match (v.added, v.replaced.len()) {
        (true, 1) => "It replaces the note that was there:".to_owned(),
        (true, n) => format!("It replaces the {n} notes that were there:"),
        (false, 1) => "Removed the note that was there:".to_owned(),
        (false, n) => format!("Removed the {n} notes that were there:"),
    };
    fit(out, &what)?;
    for note in &v.replaced {
        wrap(out, &format!("“{note}”"), "  ", "   ")?;
    }
    let its = if v.replaced.len() == 1 { "its" } else { "their" };
    fit(out, &format!("The plan's history keeps {its} words: `plan export --format json` has them."))
}

/// `plan contact KIND` on a day that records a slip: the slip stays, and
/// how to change it if it was a mistake.
pub fn slip_kept(out: &mut impl Screen, date: NaiveDate, slip: Contact, given: Contact) -> io::Result<()> {
    fit(out, &format!("{date} already records {}, which broke no contact; that stays.", contact(slip)))?;
    fit(out, &format!("If it was a mistake: `plan checkin --date {date} --contact {}`.", given.as_str()))
}

/// `plan urge --resolve held`: the urge passed, and the count goes on.
pub fn held(out: &mut impl Screen, urges: &Urges, after: &Counter) -> io::Result<()> {
    fit(out, "You held. That took strength.")?;
    fit(out, &format!("Urges held so far: {} of {}.", urges.resisted, urges.total))?;
    fit(out, &format!("No contact: day {}.", after.days))
}

/// `plan urge --resolve slipped`: a slip on `date`, the day of the urge,
/// and the longest run, which stays.
pub fn slipped(
    out: &mut impl Screen,
    date: NaiveDate,
    today: NaiveDate,
    before: &Counter,
    after: &Counter,
) -> io::Result<()> {
    if date == today {
        fit(out, &format!("Recorded as a slip for {date}. The count starts again from today."))?;
    } else {
        fit(
            out,
            &format!(
                "Recorded as a slip for {date}, the day of the urge. The count starts again from that day."
            ),
        )?;
    }
    fit(
        out,
        &format!(
            "Your longest run, {}, stays on record. One slip does not end the plan.",
            plural(before.longest.max(after.longest), "day")
        ),
    )
}

/// A message written at the urge page instead of being sent.
pub fn draft_kept(out: &mut impl Screen) -> io::Result<()> {
    fit(out, "Kept in your drafts, unsent. `plan urge --drafts` shows them.")
}

/// `plan why TEXT` with the why there already.
pub fn why_unchanged(out: &mut impl Screen) -> io::Result<()> {
    fit(out, "That is already your why; saved again.")
}

/// `plan why TEXT`: kept on `today`, replacing the one of `replaced`, if any.
pub fn why_kept(out: &mut impl Screen, today: NaiveDate, replaced: Option<NaiveDate>) -> io::Result<()> {
    fit(out, &format!("Your why is kept, dated {today}. `plan urge` shows it when you need it most."))?;
    if let Some(date) = replaced {
        fit(out, &format!("It replaces the one from {date}, which `plan why --history` still shows."))?;
    }
    Ok(())
}
