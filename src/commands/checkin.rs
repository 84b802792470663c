//! `plan checkin` and `plan slip`: a slip is a check-in with contact `slip`.

use std::io::{self, BufRead};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{Out, interactive, open};
use crate::cli::{CheckinArgs, ContactArgs, SlipArgs};
use crate::event::Change;
use crate::render::Screen;
use crate::state::{Checkin, CheckinInput, Contact, Recorded, month_key};
use crate::store::Home;
use crate::{decide, render, view};

#[allow(clippy::disallowed_methods)] // asks at the terminal
pub fn run(home: &Home, args: CheckinArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let date = super::day(args.date, today)?;
    let bare = args.mood.is_none() && args.urge.is_none() && args.contact.is_none() && args.note.is_none();
    if bare && interactive() {
        // Nothing to record was given: ask, as a person would, showing what
        // the day already holds so that Enter keeps it.
        let current = day_so_far(home, date, today)?;
        let mut prompt = render::Columns { inner: io::stderr().lock(), width: out.width() };
        let input = ask_for_checkin(&mut io::stdin().lock(), &mut prompt, date, today, current.as_ref())?;
        return record(home, date, input, today, out);
    }
    let input = CheckinInput { mood: args.mood, urge: args.urge, contact: args.contact, note: args.note };
    record(home, date, input, today, out)
}

pub fn slip(home: &Home, args: SlipArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let input =
        CheckinInput { contact: Some(Contact::Initiated), note: args.note, ..CheckinInput::default() };
    record(home, super::day(args.date, today)?, input, today, out)
}

/// The day's entry as it stands, after checking the date can be recorded,
/// so nobody answers questions only to be refused.
fn day_so_far(home: &Home, date: NaiveDate, today: NaiveDate) -> Result<Option<Checkin>> {
    let reader = home.reader()?;
    reader.state.check_date(date, today)?;
    Ok(reader.month(&month_key(date))?.into_iter().find(|entry| entry.date == date))
}

/// `plan contact KIND`: a check-in that records a kind of contact. A kind
/// that breaks no contact is never replaced by one that does not: that
/// takes a deliberate `plan checkin --contact`.
pub fn contact(home: &Home, args: ContactArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let input = CheckinInput { contact: Some(args.kind), note: args.note, ..CheckinInput::default() };
    record_keeping_slips(home, super::day(args.date, today)?, input, today, out, true)
}

fn record(home: &Home, date: NaiveDate, input: CheckinInput, today: NaiveDate, out: &mut Out) -> Result<()> {
    record_keeping_slips(home, date, input, today, out, false)
}

/// Record a check-in. With `keep_slips` (`plan contact`), a kind of contact
/// that does not break no contact never replaces one that did that day: that
/// takes a deliberate `plan checkin --contact`. Its note is still kept.
fn record_keeping_slips(
    home: &Home,
    date: NaiveDate,
    mut input: CheckinInput,
    today: NaiveDate,
    out: &mut Out,
    keep_slips: bool,
) -> Result<()> {
    let mut plan = open(home)?;
    let day = plan.month(&month_key(date))?.into_iter().find(|day| day.date == date);
    let slip = day.as_ref().map(|day| day.contact).filter(|kind| kind.breaks_no_contact());
    if let (true, Some(slip), Some(kind)) = (keep_slips, slip, input.contact)
        && !kind.breaks_no_contact()
    {
        render::fit(
            out,
            &format!("{date} already records {}, which broke no contact; that stays.", render::contact(slip)),
        )?;
        render::fit(
            out,
            &format!("If it was a mistake: `plan checkin --date {date} --contact {}`.", kind.as_str()),
        )?;
        if input.note.is_none() {
            return Ok(());
        }
        input.contact = None;
    }
    let kind = input.contact;
    let recorded = decide::checkin(&plan.state, day.as_ref(), date, &input, today)?;
    let before = plan.state.clone();
    let entry = if recorded == Recorded::Unchanged {
        day.expect("an unchanged day is there")
    } else {
        let what = format!("the check-in for {date}");
        let mut days = plan.save(&what, Change::Checkin { date, fields: input })?;
        out.saved(what);
        days.remove(&date).expect("the day just recorded")
    };
    let did = decide::effects(&before, &plan.state, date, recorded, today);
    let hard_days = crate::safety::hard_days(&plan.state.recent, today);
    drop(plan);
    if recorded != Recorded::Unchanged {
        let event = serde_json::json!({"date": date, "checkin": entry, "no_contact": did.after});
        out.hook("on-checkin", event.clone());
        if did.slip_began {
            out.hook("on-slip", event);
        }
        if let Some(days) = did.milestone {
            out.hook(
                "on-milestone",
                serde_json::json!({"date": today, "days": days, "no_contact": did.after}),
            );
        }
    }
    let view =
        view::CheckedIn { date, entry, recorded, before: did.before, after: did.after, kind, hard_days };
    render::checked_in(out, &view)?;
    Ok(())
}

/// Ask for each field in turn. Enter keeps what the day holds (`current`),
/// or for a new day leaves the field out.
fn ask_for_checkin(
    input: &mut impl BufRead,
    prompt: &mut impl Screen,
    date: NaiveDate,
    today: NaiveDate,
    current: Option<&Checkin>,
) -> Result<CheckinInput> {
    let day = if date == today { "today".to_owned() } else { format!("on {date}") };
    if current.is_some() {
        writeln!(prompt, "The check-in for {date} is there already; Enter keeps each value as it is.")?;
    }
    let shown = |value: Option<String>| value.map_or_else(String::new, |value| format!(" [{value}]"));
    let mood = ask(
        input,
        prompt,
        &format!(
            "Mood {day}, 1 (awful) to 10 (great){}",
            shown(current.and_then(|c| c.mood).map(|m| m.to_string()))
        ),
        |text| text.parse::<u8>().ok().filter(|n| (1..=10).contains(n)),
    )?;
    let urge = ask(
        input,
        prompt,
        &format!(
            "Urge to contact them, 0 (none) to 10 (overwhelming){}",
            shown(current.and_then(|c| c.urge).map(|u| u.to_string()))
        ),
        |text| text.parse::<u8>().ok().filter(|n| *n <= 10),
    )?;
    let contact_now = current.map_or(Contact::None, |c| c.contact);
    let kinds: Vec<&str> = <Contact as clap::ValueEnum>::value_variants()
        .iter()
        .map(|kind| match kind {
            Contact::None => "none (or no)",
            Contact::Initiated => "initiated (or slip)",
            other => other.as_str(),
        })
        .collect();
    let contact = ask(
        input,
        prompt,
        &format!("Any contact {day}? Type one of: {} [{}]", kinds.join(", "), contact_now.as_str()),
        |text| match text.to_lowercase().as_str() {
            "n" | "no" => Some(Contact::None),
            "a" => Some(Contact::Allowed),
            "s" => Some(Contact::Initiated),
            text => <Contact as clap::ValueEnum>::from_str(text, true).ok(),
        },
    )?;
    let note_question = if current.is_some_and(|c| c.note.is_some()) {
        "A note (Enter keeps the one there; `-` clears it)"
    } else {
        "A note (Enter to skip)"
    };
    let note = ask(input, prompt, note_question, |text| {
        Some(if text == "-" { String::new() } else { text.to_owned() })
    })?;
    Ok(CheckinInput { mood, urge, contact, note })
}

fn ask<T>(
    input: &mut impl BufRead,
    prompt: &mut impl Screen,
    question: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>> {
    loop {
        render::question(prompt, question)?;
        prompt.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            // Ctrl-D: end the prompt's line before the error.
            writeln!(prompt)?;
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
                "  `{}` is not one of the answers; try again, or press Enter to skip.",
                crate::render::visible(answer)
            )?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn asks_again_after_a_wrong_answer_and_skips_on_enter() {
        let mut answers = "11\n7\n\nslip\nHard evening.\n".as_bytes();
        let mut prompts = Vec::new();
        let today = d("2026-11-24");
        let input = ask_for_checkin(&mut answers, &mut prompts, today, today, None).unwrap();
        assert_eq!(input.mood, Some(7));
        assert_eq!(input.urge, None);
        assert_eq!(input.contact, Some(Contact::Initiated));
        assert_eq!(input.note.as_deref(), Some("Hard evening."));
        assert!(String::from_utf8(prompts).unwrap().contains("`11` is not one of the answers"));
    }

    #[test]
    fn enter_keeps_what_the_day_holds() {
        let today = d("2026-11-24");
        let slip =
            Checkin { date: today, mood: Some(3), urge: Some(9), contact: Contact::Initiated, note: None };
        let mut prompts = Vec::new();
        let input =
            ask_for_checkin(&mut "\n\n\n\n".as_bytes(), &mut prompts, today, today, Some(&slip)).unwrap();
        assert_eq!((input.mood, input.urge, input.contact, input.note), (None, None, None, None));
        let prompts = String::from_utf8(prompts).unwrap();
        assert!(prompts.contains("Mood today, 1 (awful) to 10 (great) [3]: "), "{prompts}");
        let flat = prompts.replace('\n', " ");
        assert!(flat.contains("Any contact today? Type one of: none (or no), allowed,"), "{prompts}");
        assert!(flat.contains("accidental, planned") && flat.contains(" [initiated]: "), "{prompts}");
    }

    #[test]
    fn the_contact_question_wraps_between_words_and_accepts_no() {
        let today = d("2026-11-24");
        let mut prompt = render::Columns { inner: Vec::new(), width: 40 };
        let input = ask_for_checkin(&mut "\n\nno\n\n".as_bytes(), &mut prompt, today, today, None).unwrap();
        assert_eq!(input.contact, Some(Contact::None));
        let prompts = String::from_utf8(prompt.inner).unwrap();
        let words: Vec<&str> = prompts.split_whitespace().collect();
        for kind in ["they-contacted", "social-media", "logistics", "accidental", "planned"] {
            assert!(words.iter().any(|word| word.trim_end_matches(',') == kind), "{kind} whole: {prompts}");
        }
    }

    #[test]
    fn end_of_input_cancels_on_a_line_of_its_own() {
        let mut prompts = Vec::new();
        let today = d("2026-11-24");
        let err = ask_for_checkin(&mut "5\n".as_bytes(), &mut prompts, today, today, None).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
        assert!(String::from_utf8(prompts).unwrap().ends_with(": \n"));
    }
}
