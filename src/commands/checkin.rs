//! `plan checkin` and `plan slip`: a slip is a check-in with contact `slip`.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use crate::cli::{CheckinArgs, ContactArg, SlipArgs};
use crate::state::{CheckinInput, Contact, Recorded, month_key};
use crate::store::Home;

pub fn run(home: &Home, args: CheckinArgs, today: NaiveDate, out: &mut impl Write) -> Result<()> {
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
    state.check_date(date, today)?;
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
