//! `plan log`: the check-ins, newest first. Its `--json` is the check-ins
//! themselves, as the plan records them; [`render`] writes them as text.

use std::io;

use crate::i18n::t;
use crate::state::{Checkin, Contact};
use crate::text::{self, Screen, fit, paint, wrap};

/// The check-ins in a window of `days` days, or all of them; `total` is how
/// many the plan holds in all.
pub fn render(out: &mut impl Screen, entries: &[Checkin], days: Option<u32>, total: usize) -> io::Result<()> {
    if entries.is_empty() {
        return match days {
            Some(days) if total > 0 => fit(out, &t!("log-none-in-window", days = days, total = total)),
            _ => fit(out, &t!("log-none")),
        };
    }
    for entry in entries {
        let mood = entry.mood.map_or("–".to_owned(), |m| paint(format!("{m:>2}"), text::mood_colour(m)));
        let urge = entry.urge.map_or("–".to_owned(), |u| u.to_string());
        let (date, mood, urge) = (entry.date.to_string(), format!("{mood:>2}"), format!("{urge:>2}"));
        let line = match entry.contact {
            Contact::None => t!("log-entry", date = date, mood = mood, urge = urge),
            other => {
                let colour = if other.breaks_no_contact() { text::red() } else { text::yellow() };
                let contact = paint(contact(other), colour);
                t!("log-entry-contact", date = date, mood = mood, urge = urge, contact = contact)
            }
        };
        fit(out, &line)?;
        notes(out, &entry.notes)?;
    }
    Ok(())
}

/// A kind of contact, in a word or two: in English, as `plan contact` names it.
fn contact(kind: Contact) -> String {
    match kind {
        Contact::None => t!("log-contact-none"),
        Contact::Allowed => t!("log-contact-allowed"),
        Contact::Initiated => t!("log-contact-initiated"),
        Contact::Replied => t!("log-contact-replied"),
        Contact::TheyContacted => t!("log-contact-they-contacted"),
        Contact::SocialMedia => t!("log-contact-social-media"),
        Contact::Logistics => t!("log-contact-logistics"),
        Contact::Accidental => t!("log-contact-accidental"),
        Contact::Planned => t!("log-contact-planned"),
    }
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
