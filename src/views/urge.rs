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
use crate::safety::{self, Safety};
use crate::schedule::Counter;
use crate::state::State;
use crate::text::{Screen, fit, paragraph, plural, visible, wrapped};

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

/// The page to stop at.
pub fn render(out: &mut impl Screen, u: &Urge) -> io::Result<()> {
    paragraph(out, "Stop here for a moment. This feeling is strong, and it will pass.")?;
    writeln!(out)?;
    // What the person told the plan, and the hardest days, come first.
    if let Some(safety) = u.safety {
        paragraph(
            out,
            &format!(
                "Your readiness check on {} {}. {}",
                safety.date,
                red_flag(safety.reason),
                help::short_for_reason(safety.reason)
            ),
        )?;
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
        paragraph(
            out,
            &format!(
                "{} already {} how you are doing. Reach out to them now, or send `plan sos` and they see it at their next sync.",
                names.join(" and "),
                if names.len() == 1 { "knows" } else { "know" }
            ),
        )?;
        writeln!(out)?;
    }
    let c = &u.no_contact;
    if c.days == 0 {
        paragraph(
            out,
            "Your no-contact count starts today. Every day from here adds up, and this is one of them.",
        )?;
    } else {
        paragraph(
            out,
            &format!(
                "You have {} of no contact, since {}. Reaching out now starts that count again.",
                plural(c.days, "day"),
                c.since
            ),
        )?;
    }
    match &u.why {
        Some(why) => {
            writeln!(out)?;
            fit(out, &format!("Your why, in your words ({}):", why.date))?;
            wrapped(out, &format!("“{}”", why.text), "  ")?;
        }
        None => {
            writeln!(out)?;
            paragraph(
                out,
                "When this has passed, write down why you are doing this: `plan why \"…\"`. It will be here next time.",
            )?;
        }
    }
    writeln!(out)?;
    if u.if_then.is_empty() {
        fit(out, "Instead, for now:")?;
    } else {
        fit(out, "Something else that helps:")?;
    }
    for thing in &u.instead {
        wrapped(out, thing, "  - ")?;
    }
    if u.if_then.is_empty() {
        fit(out, "In a calmer hour, plan for the next time: `plan if \"WHEN\" \"THEN\"`.")?;
    }
    writeln!(out)?;
    paragraph(
        out,
        "Wait ten minutes before you decide anything. An urge rises and falls; it is easier to choose once it has eased.",
    )
}

/// What the urge page ends with, after a draft if one was written.
pub fn afterwards(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)?;
    fit(out, "Afterwards: `plan urge --resolve held`, or `slipped` if you reached out.")
}

/// The drafts written instead of sent, oldest first.
pub fn drafts(out: &mut impl Screen, drafts: &[Dated]) -> io::Result<()> {
    if drafts.is_empty() {
        return fit(
            out,
            "No drafts. At a terminal, `plan urge` offers a place to write one instead of sending it.",
        );
    }
    for (i, draft) in drafts.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        fit(out, &format!("{} (never sent):", draft.date))?;
        for line in draft.text.lines() {
            wrapped(out, line, "  ")?;
        }
    }
    Ok(())
}

/// At a terminal, after the urge page: a place to write the message instead.
pub fn draft_offer(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)?;
    paragraph(
        out,
        "If you need to write the message, write it here instead. It is kept in your private drafts \
         and never sent. Finish with an empty line; Enter alone skips.",
    )
}
