//! `plan urge`: the page to stop at when the urge to reach out comes.
//! [`urge`] computes the view, which is also `urge --json`, with the things
//! to do instead; [`render`] writes the page, [`drafts`] the messages
//! written instead of sent.

use std::io;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::help;
use super::status::UrgeCounts;
use super::words::red_flag;
use crate::event::{Dated, IfThen, Journal};
use crate::i18n::{Speak, t};
use crate::safety::{self, Safety};
use crate::schedule::Counter;
use crate::state::State;
use crate::text::{Screen, fit, paragraph, visible, wrapped};

/// `plan urge`: the person's own plans for this moment, what is at stake,
/// their why, and one more thing to do instead.
#[derive(Debug, Serialize)]
pub struct Urge {
    pub today: NaiveDate,
    pub no_contact: Counter,
    pub why: Option<Dated>,
    /// The person's if-then plans (`plan if`), shown first.
    pub if_then: Vec<IfThen>,
    /// The people they chose to know how they are (`plan partner add`):
    /// the friend to reach before anything of ours.
    pub partners: Vec<String>,
    /// One thing to do instead, in English (see [`suggestions`]): a
    /// different one from one urge to the next, so that over a month every
    /// one comes up.
    pub instead: Vec<String>,
    /// Its place among the [`SUGGESTIONS`], for the page in the person's language.
    #[serde(skip)]
    pub suggestion: usize,
    pub urges: UrgeCounts,
    /// A reason never to make contact that the latest readiness check named, or `null`.
    pub safety: Option<Safety>,
    /// Whether the latest check-ins show the hardest days.
    pub hard_days: bool,
}

/// How many things there are to do instead of acting on the urge, from
/// the guides and the people who tried: each something to do for
/// yourself, none a way toward them ([`instead`]). Thirteen, a prime, so
/// that stepping through them by the day and the urge's number reaches
/// every one (see [`suggestion`]).
pub const SUGGESTIONS: usize = 13;

/// Every thing to do instead, in English, as `urge --json` gives them.
pub fn suggestions() -> Vec<String> {
    (0..SUGGESTIONS).map(|index| instead(index, Speak::English)).collect()
}

/// The place among the [`SUGGESTIONS`] for the `urges`-th urge on `today`: the same
/// for the same urge seen again that day, the next but one for the next
/// day's urge, the next for a second urge the same day. Not random: from
/// the date and the count, so that a month of urges goes through the list.
pub fn suggestion(urges: u32, today: NaiveDate) -> usize {
    let day = usize::try_from(today.num_days_from_ce()).unwrap_or(0);
    (urges as usize + day) % SUGGESTIONS
}

pub fn urge(state: &State, journal: &Journal, today: NaiveDate) -> Urge {
    Urge {
        today,
        no_contact: state.counter(today),
        why: journal.whys.last().cloned(),
        if_then: journal.if_then.clone(),
        partners: state.partners.iter().map(|partner| partner.name.clone()).collect(),
        instead: vec![instead(suggestion(state.urges.total, today), Speak::English)],
        suggestion: suggestion(state.urges.total, today),
        urges: UrgeCounts::of(&state.urges),
        safety: state.safety,
        hard_days: safety::hard_days(&state.recent, today),
    }
}

/// The `index`-th thing to do instead, in `lang`.
pub fn instead(index: usize, lang: Speak) -> String {
    let message = |id| lang.message(id);
    match index % SUGGESTIONS {
        0 => message("urge-instead-friend"),
        1 => message("urge-instead-walk"),
        2 => message("urge-instead-journal"),
        3 => message("urge-instead-breathe"),
        4 => message("urge-instead-hands"),
        5 => message("urge-instead-bed"),
        6 => message("urge-instead-phone"),
        7 => message("urge-instead-water"),
        8 => message("urge-instead-shower"),
        9 => message("urge-instead-song"),
        10 => message("urge-instead-outside"),
        11 => message("urge-instead-did-well"),
        _ => message("urge-instead-archive"),
    }
}

/// The page to stop at.
pub fn render(out: &mut impl Screen, u: &Urge) -> io::Result<()> {
    paragraph(out, &t!("urge-stop"))?;
    writeln!(out)?;
    // What the person told the plan, and the hardest days, come first.
    if let Some(safety) = u.safety {
        let (date, flag, help) =
            (safety.date.to_string(), red_flag(safety.reason), help::short_for_reason(safety.reason));
        paragraph(out, &t!("urge-safety", date = date, flag = flag, help = help))?;
        writeln!(out)?;
    }
    if u.hard_days {
        paragraph(out, &help::hard_days())?;
        writeln!(out)?;
    }
    // Then the person's own plans for this moment, before anything of ours.
    if !u.if_then.is_empty() {
        super::if_then::lines(out, &u.if_then)?;
        writeln!(out)?;
    }
    // Then the people they chose, before any suggestion of ours.
    if !u.partners.is_empty() {
        let names: Vec<String> = u.partners.iter().map(|name| visible(name).into_owned()).collect();
        let names_joined = names.join(&t!("urge-names-and"));
        paragraph(out, &t!("urge-partners", count = names.len(), names = names_joined))?;
        writeln!(out)?;
    }
    let c = &u.no_contact;
    if c.days == 0 {
        paragraph(out, &t!("urge-count-starts"))?;
    } else {
        paragraph(out, &t!("urge-count", days = c.days, since = c.since.to_string()))?;
    }
    match &u.why {
        Some(why) => {
            writeln!(out)?;
            fit(out, &t!("urge-why", date = why.date.to_string()))?;
            wrapped(out, &t!("urge-quoted", text = why.text.as_str()), "  ")?;
        }
        None => {
            writeln!(out)?;
            paragraph(out, &t!("urge-no-why"))?;
        }
    }
    writeln!(out)?;
    if u.if_then.is_empty() {
        fit(out, &t!("urge-instead"))?;
    } else {
        fit(out, &t!("urge-something-else"))?;
    }
    // `instead` holds it in English for `--json`; the page is in theirs.
    wrapped(out, &instead(u.suggestion, Speak::Theirs), "  - ")?;
    if u.if_then.is_empty() {
        fit(out, &t!("urge-plan-next"))?;
    }
    writeln!(out)?;
    paragraph(out, &t!("urge-wait"))
}

/// What the urge page ends with, after a draft if one was written.
pub fn afterwards(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)?;
    fit(out, &t!("urge-afterwards"))
}

/// The drafts written instead of sent, oldest first.
pub fn drafts(out: &mut impl Screen, drafts: &[Dated]) -> io::Result<()> {
    if drafts.is_empty() {
        return fit(out, &t!("urge-no-drafts"));
    }
    for (i, draft) in drafts.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        fit(out, &t!("urge-draft-date", date = draft.date.to_string()))?;
        for line in draft.text.lines() {
            wrapped(out, line, "  ")?;
        }
    }
    Ok(())
}

/// At a terminal, after the urge page: a place to write the message instead.
pub fn draft_offer(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)?;
    paragraph(out, &t!("urge-draft-offer"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_thing_to_do_instead_is_its_own() {
        let all: std::collections::BTreeSet<String> = suggestions().into_iter().collect();
        assert_eq!(all.len(), SUGGESTIONS);
    }
}
