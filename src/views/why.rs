//! `plan why`: the person's own reason, in their words. [`why`] computes
//! the view, which is also `why --json`; [`render`] writes it as text.

use std::io;

use serde::Serialize;

use crate::event::{Dated, Journal};
use crate::text::{Screen, fit, wrapped};

/// `plan why`: the current reason and, with `--history`, every one.
#[derive(Debug, Serialize)]
pub struct Why {
    /// The current why, or `null` before one is written.
    pub why: Option<Dated>,
    /// Every why, oldest first.
    pub history: Vec<Dated>,
}

pub fn why(journal: &Journal) -> Why {
    Why { why: journal.whys.last().cloned(), history: journal.whys.clone() }
}

/// The current why, or with `history` every one.
pub fn render(out: &mut impl Screen, why: &Why, history: bool) -> io::Result<()> {
    if history {
        if why.history.is_empty() {
            return fit(out, "No why recorded yet. `plan why \"…\"` keeps one.");
        }
        for entry in &why.history {
            wrapped(out, &format!("“{}”", entry.text), &format!("{}  ", entry.date))?;
        }
        return Ok(());
    }
    match &why.why {
        Some(entry) => {
            fit(out, &format!("Your why, since {}:", entry.date))?;
            wrapped(out, &format!("“{}”", entry.text), "  ")?;
            if why.history.len() > 1 {
                writeln!(out)?;
                let earlier = why.history.len() - 1;
                let which = if earlier == 1 { "the one".to_owned() } else { format!("the {earlier}") };
                fit(out, &format!("`plan why --history` shows {which} before it."))?;
            }
            Ok(())
        }
        None => {
            fit(out, "You have not written your why yet: the reason you are doing this, in your words.")?;
            fit(out, "`plan why \"…\"` keeps it, and `plan urge` shows it when it matters most.")
        }
    }
}
