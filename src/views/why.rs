//! `plan why`: the person's own reason, in their words. [`why`] computes
//! the view, which is also `why --json`; [`render`] writes it as text.

use std::io;

use serde::Serialize;

use crate::event::{Dated, Journal};
use crate::i18n::t;
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
            return fit(out, &t!("why-none-yet"));
        }
        for entry in &why.history {
            wrapped(out, &t!("why-quoted", text = entry.text.as_str()), &format!("{}  ", entry.date))?;
        }
        return Ok(());
    }
    match &why.why {
        Some(entry) => {
            fit(out, &t!("why-since", date = entry.date.to_string()))?;
            wrapped(out, &t!("why-quoted", text = entry.text.as_str()), "  ")?;
            if why.history.len() > 1 {
                writeln!(out)?;
                fit(out, &t!("why-history-hint", earlier = why.history.len() - 1))?;
            }
            Ok(())
        }
        None => {
            fit(out, &t!("why-not-written"))?;
            fit(out, &t!("why-how"))
        }
    }
}
