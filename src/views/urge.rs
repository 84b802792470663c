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
use crate::i18n::t;
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
    /// One thing to do instead, from [`INSTEAD`]: a different one from one
    /// urge to the next, so that over a month every one comes up.
    pub instead: Vec<&'static str>,
    pub urges: UrgeCounts,
    /// A reason never to make contact that the latest readiness check named, or `null`.
    pub safety: Option<Safety>,
    /// Whether the latest check-ins show the hardest days.
    pub hard_days: bool,
}

/// What helps with the urge instead of acting on it, from the guides and
/// the people who tried: each something to do for yourself, none a way
/// toward them. Thirteen, a prime, so that stepping through them by the
/// day and the urge's number reaches every one (see [`suggestion`]).
/// `urge --json` gives them in English; the page shows [`instead`].
pub const INSTEAD: [&str; 13] = [
    "Call or message a friend, and tell them this is a hard moment.",
    "Go for a walk, or move your body for ten minutes.",
    "Write what you want to say in a journal, not to them.",
    "Breathe slowly, in for four and out for six, ten times over.",
    "Do something with your hands: cook, tidy, draw, play something.",
    "If it is late, go to bed; things look different in the morning.",
    "Put your phone in another room for half an hour.",
    "Drink a glass of water, and eat something if you have not.",
    "Have a shower, or splash your face with cold water.",
    "Put on a song that is yours alone, and let it play through.",
    "Step outside and name five things you can see.",
    "Write down three things you did well this week.",
    "Archive the chat with them, so it is not the first thing you see.",
];

/// The place in [`INSTEAD`] for the `urges`-th urge on `today`: the same
/// for the same urge seen again that day, the next but one for the next
/// day's urge, the next for a second urge the same day. Not random: from
/// the date and the count, so that a month of urges goes through the list.
pub fn suggestion(urges: u32, today: NaiveDate) -> usize {
    let day = usize::try_from(today.num_days_from_ce()).unwrap_or(0);
    (urges as usize + day) % INSTEAD.len()
}

pub fn urge(state: &State, journal: &Journal, today: NaiveDate) -> Urge {
    Urge {
        today,
        no_contact: state.counter(today),
        why: journal.whys.last().cloned(),
        if_then: journal.if_then.clone(),
        partners: state.partners.iter().map(|partner| partner.name.clone()).collect(),
        instead: vec![INSTEAD[suggestion(state.urges.total, today)]],
        urges: UrgeCounts::of(&state.urges),
        safety: state.safety,
        hard_days: safety::hard_days(&state.recent, today),
    }
}

/// One of [`INSTEAD`], in the chosen language.
pub fn instead(thing: &str) -> String {
    match INSTEAD.iter().position(|known| *known == thing) {
        Some(0) => t!("urge-instead-friend"),
        Some(1) => t!("urge-instead-walk"),
        Some(2) => t!("urge-instead-journal"),
        Some(3) => t!("urge-instead-breathe"),
        Some(4) => t!("urge-instead-hands"),
        Some(5) => t!("urge-instead-bed"),
        Some(6) => t!("urge-instead-phone"),
        Some(7) => t!("urge-instead-water"),
        Some(8) => t!("urge-instead-shower"),
        Some(9) => t!("urge-instead-song"),
        Some(10) => t!("urge-instead-outside"),
        Some(11) => t!("urge-instead-did-well"),
        Some(12) => t!("urge-instead-archive"),
        _ => thing.to_owned(),
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
    for thing in &u.instead {
        wrapped(out, &instead(thing), "  - ")?;
    }
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
    fn each_thing_to_do_instead_is_in_the_catalogue_as_json_gives_it() {
        for thing in INSTEAD {
            assert_eq!(instead(thing), thing);
        }
    }
}
