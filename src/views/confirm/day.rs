//! What recording a day says: a check-in (and `slip`, `contact`), an
//! urge closed, a draft kept, a why.

use std::io;

use chrono::NaiveDate;

use crate::i18n::t;
use crate::schedule::Counter;
use crate::state::{Checkin, Contact, DayChange, Urges};
use crate::text::{Screen, fit, paragraph, wrap};
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
            fit(out, &t!("confirm-looking-again"))?;
        } else {
            fit(out, &t!("confirm-looking-day", days = l.days, since = l.since.to_string()))?;
        }
    }
    if v.hard_days {
        paragraph(out, &help::hard_days())?;
    }
    Ok(())
}

/// What the day's check-in now holds, or that nothing changed.
fn recorded(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    let (date, entry) = (v.date.to_string(), &v.entry);
    let what: Vec<String> = [
        entry.mood.map(|mood| t!("confirm-item-mood", mood = mood)),
        entry.urge.map(|urge| t!("confirm-item-urge", urge = urge)),
        Some(contact(entry.contact)),
        match entry.notes.len() {
            0 => None,
            n => Some(t!("confirm-item-notes", n = n)),
        },
    ]
    .into_iter()
    .flatten()
    .collect();
    let what = what.join(&t!("confirm-item-separator"));
    match v.recorded {
        DayChange::New => fit(out, &t!("confirm-checked-in", date = date, what = what)),
        DayChange::Amended => fit(out, &t!("confirm-amended", date = date, what = what)),
        DayChange::Unchanged => fit(out, &t!("confirm-checkin-unchanged", date = date)),
    }
}

/// The longest run, which a slip never takes away.
fn longest_stays(out: &mut impl Screen, longest: u32) -> io::Result<()> {
    fit(out, &t!("confirm-longest-stays", days = longest))
}

/// What a check-in did to the counter.
fn counter_moved(out: &mut impl Screen, v: &CheckedIn) -> io::Result<()> {
    let (before, after) = (&v.before, &v.after);
    if after.resets > before.resets || after.since != before.since {
        if after.since > before.since {
            fit(out, &t!("confirm-count-again", since = after.since.to_string(), days = after.days))?;
            longest_stays(out, after.longest)
        } else {
            fit(out, &t!("confirm-no-contact-since", days = after.days, since = after.since.to_string()))
        }
    } else if v
        .kind
        .is_some_and(|kind| !kind.breaks_no_contact() && !matches!(kind, Contact::None | Contact::Allowed))
    {
        fit(out, &t!("confirm-not-broken", days = after.days))
    } else if v.recorded == DayChange::New {
        fit(out, &t!("confirm-no-contact-day", days = after.days))
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
    if v.added && v.beside > 0 {
        fit(out, &t!("confirm-note-beside", n = v.beside))?;
    }
    if v.replaced.is_empty() {
        return Ok(());
    }
    let n = v.replaced.len();
    if v.added {
        fit(out, &t!("confirm-note-replaces", n = n))?;
    } else {
        fit(out, &t!("confirm-note-removed", n = n))?;
    }
    for note in &v.replaced {
        wrap(out, &t!("confirm-quoted", text = note.as_str()), "  ", "   ")?;
    }
    fit(out, &t!("confirm-note-history", n = n))
}

/// `plan contact KIND` on a day that records a slip: the slip stays, and
/// how to change it if it was a mistake.
pub fn slip_kept(out: &mut impl Screen, date: NaiveDate, slip: Contact, given: Contact) -> io::Result<()> {
    let date = date.to_string();
    fit(out, &t!("confirm-slip-kept", date = date.as_str(), slip = contact(slip)))?;
    fit(out, &t!("confirm-slip-mistake", date = date, kind = given.as_str()))
}

/// `plan urge --resolve held`: the urge passed, and the count goes on.
pub fn held(out: &mut impl Screen, urges: &Urges, after: &Counter) -> io::Result<()> {
    fit(out, &t!("confirm-held"))?;
    fit(out, &t!("confirm-held-count", held = urges.resisted, total = urges.total))?;
    fit(out, &t!("confirm-no-contact-day", days = after.days))
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
        fit(out, &t!("confirm-slipped-today", date = date.to_string()))?;
    } else {
        fit(out, &t!("confirm-slipped-then", date = date.to_string()))?;
    }
    longest_stays(out, before.longest.max(after.longest))
}

/// A message written at the urge page instead of being sent.
pub fn draft_kept(out: &mut impl Screen) -> io::Result<()> {
    fit(out, &t!("confirm-draft-kept"))
}

/// `plan why TEXT` with the why there already.
pub fn why_unchanged(out: &mut impl Screen) -> io::Result<()> {
    fit(out, &t!("confirm-why-unchanged"))
}

/// `plan why TEXT`: kept on `today`, replacing the one of `replaced`, if any.
pub fn why_kept(out: &mut impl Screen, today: NaiveDate, replaced: Option<NaiveDate>) -> io::Result<()> {
    fit(out, &t!("confirm-why-kept", date = today.to_string()))?;
    if let Some(date) = replaced {
        fit(out, &t!("confirm-why-replaces", date = date.to_string()))?;
    }
    Ok(())
}
