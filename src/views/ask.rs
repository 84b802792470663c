//! What `plan` asks at a terminal, outside the readiness check (whose
//! questions are in [`super::assess`]): which path to start on, and how
//! the day went. Each question is written here, and so is what it says
//! when an answer is not one it takes; reading a path's name back is here
//! too, as it reads the words written here. [`Asking`] names what a run of
//! questions is for, when it is cancelled.

use std::fmt;
use std::io;

use chrono::NaiveDate;

use crate::playbook::Playbook;
use crate::state::Contact;
use crate::text::{Screen, fit, question, visible, wrap};

/// What a run of questions is for: "check-in cancelled; nothing was recorded".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    Checkin,
    Start,
    ReadinessCheck,
    Draft,
    Sos,
}

impl fmt::Display for Asking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Asking::Checkin => "check-in",
            Asking::Start => "start",
            Asking::ReadinessCheck => "readiness check",
            Asking::Draft => "the draft",
            Asking::Sos => "the SOS",
        })
    }
}

/// What a path `plan start` offers is called, by the id of its playbook.
pub fn path_name(id: &str) -> &'static str {
    match id {
        "four-steps" => "Try again",
        "move-on" => "Let go",
        "not-sure-yet" => "Not sure yet",
        // Every path is named: a test of `plan start` checks it.
        _ => "",
    }
}

/// The paths `plan start` offers at a terminal, each with what it is for.
pub fn path_choice(out: &mut impl Screen, paths: &[Playbook], default: usize) -> io::Result<()> {
    fit(out, "Which way do you want to go? Each path can be changed later with `plan switch`.")?;
    writeln!(out)?;
    for (i, playbook) in paths.iter().enumerate() {
        let name = path_name(&playbook.id);
        let chosen = if i == default { " (Enter)" } else { "" };
        fit(out, &format!("  {}. {name}{chosen}  [{}]", i + 1, playbook.id))?;
        if let Some(purpose) = &playbook.purpose {
            wrap(out, purpose, "     ", "     ")?;
        }
    }
    writeln!(out)
}

/// The question after the paths, the cursor left after it.
pub fn path_question(out: &mut impl Screen, default: usize) -> io::Result<()> {
    write!(out, "Choose 1, 2 or 3 [{}]: ", default + 1)
}

/// An answer that names no path.
pub fn path_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    fit(out, &format!("  `{}` is not one of them; type 1, 2 or 3, or press Enter.", visible(answer)))
}

/// The path of `ids` that `answer` names: its number, its id, its name, or
/// the start of its name (three letters or more), in any case.
pub fn path_named(answer: &str, ids: &[&str]) -> Option<usize> {
    let answer = answer.to_lowercase();
    if let Some(n) = answer.parse::<usize>().ok().filter(|n| (1..=ids.len()).contains(n)) {
        return Some(n - 1);
    }
    ids.iter().position(|id| {
        let name = path_name(id).to_lowercase();
        answer == name || name.starts_with(&answer) && answer.len() >= 3 || answer == *id
    })
}

/// Before the check-in's questions, when the day has one already.
pub fn checkin_there(out: &mut impl Screen, date: NaiveDate) -> io::Result<()> {
    writeln!(out, "The check-in for {date} is there already; Enter keeps each value as it is.")
}

/// "today", or "on 2026-11-22".
fn day(date: NaiveDate, today: NaiveDate) -> String {
    if date == today { "today".to_owned() } else { format!("on {date}") }
}

/// What the day holds now, which Enter keeps: ` [7]`.
fn kept(value: Option<String>) -> String {
    value.map_or_else(String::new, |value| format!(" [{value}]"))
}

/// The check-in's mood, with the one the day holds.
pub fn mood(out: &mut impl Screen, date: NaiveDate, today: NaiveDate, now: Option<u8>) -> io::Result<()> {
    let day = day(date, today);
    question(out, &format!("Mood {day}, 1 (awful) to 10 (great){}", kept(now.map(|m| m.to_string()))))
}

/// The check-in's urge, with the one the day holds.
pub fn urge(out: &mut impl Screen, now: Option<u8>) -> io::Result<()> {
    question(
        out,
        &format!("Urge to contact them, 0 (none) to 10 (overwhelming){}", kept(now.map(|u| u.to_string()))),
    )
}

/// The check-in's contact: each of `kinds`, and the one the day holds.
pub fn contact(
    out: &mut impl Screen,
    date: NaiveDate,
    today: NaiveDate,
    kinds: &[Contact],
    now: Contact,
) -> io::Result<()> {
    let day = day(date, today);
    let kinds: Vec<&str> = kinds
        .iter()
        .map(|kind| match kind {
            Contact::None => "none (or no)",
            Contact::Initiated => "initiated (or slip)",
            other => other.as_str(),
        })
        .collect();
    question(out, &format!("Any contact {day}? Type one of: {} [{}]", kinds.join(", "), now.as_str()))
}

/// The check-in's note, on a day that has none yet.
pub fn note(out: &mut impl Screen) -> io::Result<()> {
    question(out, "A note (Enter to skip)")
}

/// What to do with the notes a day has, asked once they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteChoice {
    Keep,
    Add,
    Replace,
    Remove,
}

/// The notes the day holds, in full, before asking what to do with them.
pub fn notes_there(out: &mut impl Screen, notes: &[String]) -> io::Result<()> {
    if notes.len() == 1 {
        writeln!(out, "The day's note:")?;
    } else {
        writeln!(out, "The day's {} notes:", notes.len())?;
    }
    for note in notes {
        wrap(out, &format!("“{note}”"), "  ", "   ")?;
    }
    Ok(())
}

/// Whether to keep the day's `count` notes, add one beside them, or
/// replace or remove them.
pub fn note_choice(out: &mut impl Screen, count: usize) -> io::Result<()> {
    let it = if count == 1 { "it" } else { "them" };
    question(
        out,
        &format!(
            "Keep {it}, add a note beside {it}, or replace {it}? Type keep, add, replace or remove [keep]"
        ),
    )
}

/// The choice `answer` names: the word, or its first letter.
pub fn note_choice_named(answer: &str) -> Option<NoteChoice> {
    match answer.to_lowercase().as_str() {
        "k" | "keep" => Some(NoteChoice::Keep),
        "a" | "add" => Some(NoteChoice::Add),
        "r" | "replace" => Some(NoteChoice::Replace),
        "remove" | "delete" => Some(NoteChoice::Remove),
        _ => None,
    }
}

/// The note to add beside the day's.
pub fn note_added(out: &mut impl Screen) -> io::Result<()> {
    question(out, "Your new note (Enter to skip)")
}

/// The note to put in place of the day's `count`.
pub fn note_instead(out: &mut impl Screen, count: usize) -> io::Result<()> {
    let (its, it) = if count == 1 { ("its", "it") } else { ("their", "them") };
    question(out, &format!("Your note in {its} place (Enter keeps {it})"))
}

/// An answer to a check-in question that it does not take.
pub fn checkin_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    writeln!(out, "  `{}` is not one of the answers; try again, or press Enter to skip.", visible(answer))
}
