//! `plan checkin` and `plan slip`: a slip is a check-in with contact `slip`.

use std::io::{self, BufRead, IsTerminal, Write};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use crate::cli::{CheckinArgs, ContactArg, SlipArgs};
use crate::state::{CheckinInput, Contact, Recorded, month_key};
use crate::store::Home;

pub fn run(home: &Home, args: CheckinArgs, today: NaiveDate, out: &mut impl Write) -> Result<()> {
    let bare = args.mood.is_none() && args.urge.is_none() && args.contact.is_none() && args.note.is_none();
    if bare && args.date.is_none() && io::stdin().is_terminal() && io::stderr().is_terminal() {
        // Asked in a terminal with nothing to record: ask, as a person would.
        let input = ask_for_checkin(&mut io::stdin().lock(), &mut io::stderr())?;
        return record(home, today, input, today, out);
    }
    let input = CheckinInput {
        mood: args.mood,
        urge: args.urge,
        contact: args.contact.map(|kind| match kind {
            ContactArg::None => Contact::None,
            ContactArg::Allowed => Contact::Allowed,
            ContactArg::Slip => Contact::Slip,
        }),
        note: args.note,
    };
    record(home, args.date.unwrap_or(today), input, today, out)
}

pub fn slip(home: &Home, args: SlipArgs, today: NaiveDate, out: &mut impl Write) -> Result<()> {
    let input = CheckinInput { contact: Some(Contact::Slip), note: args.note, ..CheckinInput::default() };
    record(home, args.date.unwrap_or(today), input, today, out)
}

fn record(
    home: &Home,
    date: NaiveDate,
    input: CheckinInput,
    today: NaiveDate,
    out: &mut impl Write,
) -> Result<()> {
    let lock = home.lock_exclusive()?;
    let mut state = home.load(&lock)?;
    let key = month_key(date);
    let mut month = home.load_month(&state, &key)?;
    let before = state.counter(today);
    let recorded = state.record_checkin(&mut month, date, input, today)?;
    if recorded != Recorded::Unchanged {
        home.save(&lock, &mut state, Some((&key, &month)))?;
    }
    let entry = month.iter().find(|entry| entry.date == date).expect("recorded above");
    let what = [
        entry.mood.map(|m| format!("mood {m}")),
        entry.urge.map(|u| format!("urge {u}")),
        Some(match entry.contact {
            Contact::None => "no contact".to_owned(),
            Contact::Allowed => "allowed contact".to_owned(),
            Contact::Slip => "a slip".to_owned(),
        }),
        entry.note.as_ref().map(|_| "a note".to_owned()),
    ];
    let what: Vec<String> = what.into_iter().flatten().collect();
    match recorded {
        Recorded::New => writeln!(out, "Checked in for {date}: {}.", what.join(", "))?,
        Recorded::Amended => {
            writeln!(out, "Amended the check-in for {date} (one per day): {}.", what.join(", "))?;
        }
        Recorded::Unchanged => writeln!(out, "The check-in for {date} already says that; nothing changed.")?,
    }
    let after = state.counter(today);
    if after.resets > before.resets || after.since != before.since {
        if after.since > before.since {
            writeln!(
                out,
                "The no-contact counter starts again from {}: day {} today.",
                after.since, after.days
            )?;
            writeln!(
                out,
                "Your longest streak, {} days, stays on record. One slip is not the end of the plan.",
                after.longest
            )?;
        } else {
            writeln!(out, "No contact: day {} (since {}).", after.days, after.since)?;
        }
    } else if recorded == Recorded::New {
        writeln!(out, "No contact: day {}.", after.days)?;
    }
    Ok(())
}

/// Ask for each field in turn; an empty answer leaves it out.
fn ask_for_checkin(input: &mut impl BufRead, prompt: &mut impl Write) -> Result<CheckinInput> {
    let mood = ask(input, prompt, "Mood today, 1 (awful) to 10 (great)", |text| {
        text.parse::<u8>().ok().filter(|n| (1..=10).contains(n))
    })?;
    let urge = ask(input, prompt, "Urge to contact them, 0 (none) to 10 (overwhelming)", |text| {
        text.parse::<u8>().ok().filter(|n| *n <= 10)
    })?;
    let contact = ask(input, prompt, "Any contact today? none, allowed or slip [none]", |text| match text {
        "none" | "n" => Some(Contact::None),
        "allowed" | "a" => Some(Contact::Allowed),
        "slip" | "s" => Some(Contact::Slip),
        _ => None,
    })?;
    let note = ask(input, prompt, "A note for today (Enter to skip)", |text| Some(text.to_owned()))?;
    Ok(CheckinInput { mood, urge, contact: Some(contact.unwrap_or(Contact::None)), note })
}

fn ask<T>(
    input: &mut impl BufRead,
    prompt: &mut impl Write,
    question: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>> {
    loop {
        write!(prompt, "{question}: ")?;
        prompt.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            bail!("check-in cancelled; nothing was recorded");
        }
        let answer = line.trim();
        if answer.is_empty() {
            return Ok(None);
        }
        match parse(answer) {
            Some(value) => return Ok(Some(value)),
            None => writeln!(
                prompt,
                "  `{answer}` is not one of the answers; try again, or press Enter to skip."
            )?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_again_after_a_wrong_answer_and_skips_on_enter() {
        let mut answers = "11\n7\n\nslip\nHard evening.\n".as_bytes();
        let mut prompts = Vec::new();
        let input = ask_for_checkin(&mut answers, &mut prompts).unwrap();
        assert_eq!(input.mood, Some(7));
        assert_eq!(input.urge, None);
        assert_eq!(input.contact, Some(Contact::Slip));
        assert_eq!(input.note.as_deref(), Some("Hard evening."));
        assert!(String::from_utf8(prompts).unwrap().contains("`11` is not one of the answers"));
    }

    #[test]
    fn end_of_input_cancels() {
        let err = ask_for_checkin(&mut "5\n".as_bytes(), &mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
    }
}
