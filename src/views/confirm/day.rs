//! What recording a day says: a check-in (and `slip`, `contact`), an
//! urge closed, a draft kept, a why.

use std::io;

use chrono::NaiveDate;

use crate::schedule::Counter;
use crate::state::{Checkin, Contact, DayChange, Urges};
use crate::text::{Screen, fit, paragraph, plural};
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
}

/// What `plan checkin` (and `slip`, `contact`) did.
pub fn checked_in(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    checked_in_counter(out, v)?;
    if v.look_began {
        let l = &v.looking;
        if l.days == 0 {
            fit(out, "Days without looking at their profile start again from today.")?;
        } else {
            fit(out, &format!("Not looking at their profile: day {} (since {}).", l.days, l.since))?;
        }
    }
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
        DayChange::New => fit(out, &format!("Checked in for {date}: {}.", what.join(", ")))?,
        DayChange::Amended => {
            fit(out, &format!("Amended the check-in for {date}: {}.", what.join(", ")))?;
        }
        DayChange::Unchanged => {
            fit(out, &format!("The check-in for {date} already says that; saved again."))?;
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
    } else if v.recorded == DayChange::New {
        fit(out, &format!("No contact: day {}.", after.days))
    } else {
        Ok(())
    }
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
