//! `plan log`: the check-ins, newest first. Its `--json` is the check-ins
//! themselves, as the plan records them; [`render`] writes them as text.

use std::io;

use crate::state::{Checkin, Contact};
use crate::text::{self, Screen, fit, paint, plural, wrap};

/// The check-ins in a window of `days` days, or all of them; `total` is how
/// many the plan holds in all.
pub fn render(out: &mut impl Screen, entries: &[Checkin], days: Option<u32>, total: usize) -> io::Result<()> {
    if entries.is_empty() {
        return match days {
            Some(days) if total > 0 => fit(
                out,
                &format!(
                    "No check-ins in the last {}; {} in all. `plan log` shows them.",
                    plural(days, "day"),
                    total
                ),
            ),
            _ => fit(out, "No check-ins yet. `plan checkin --mood N --urge N` records today."),
        };
    }
    for entry in entries {
        let mood = entry.mood.map_or("–".to_owned(), |m| paint(format!("{m:>2}"), text::mood_colour(m)));
        let urge = entry.urge.map_or("–".to_owned(), |u| u.to_string());
        let contact = match entry.contact {
            Contact::None => String::new(),
            other if other.breaks_no_contact() => {
                format!("  contact: {}", paint(other.as_str(), text::red()))
            }
            other => format!("  contact: {}", paint(other.as_str(), text::yellow())),
        };
        fit(out, &format!("{}  mood {mood:>2}  urge {urge:>2}{contact}", entry.date))?;
        notes(out, &entry.notes)?;
    }
    Ok(())
}

/// A day's notes under it, in the order written; when there are several,
/// each begins with a dot, so where one ends and the next begins shows.
pub fn notes(out: &mut impl Screen, notes: &[String]) -> io::Result<()> {
    if let [note] = notes {
        return wrap(out, note, "    ", "    ");
    }
    for note in notes {
        wrap(out, note, "  · ", "    ")?;
    }
    Ok(())
}
