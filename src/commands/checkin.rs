//! `plan checkin`, `plan slip` and `plan contact`: each records a day's
//! check-in; a slip is a check-in with contact `initiated`.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use super::ui::Ui;
use crate::cli::{CheckinArgs, ContactArgs, SlipArgs};
use crate::decide::{self, Effects};
use crate::event::Change;
use crate::render::visible;
use crate::state::{Checkin, CheckinInput, Contact, Recorded, month_key};
use crate::store::Writer;
use crate::{render, view};

pub fn run(ctx: &mut Ctx, args: &CheckinArgs) -> Result<()> {
    let today = ctx.today()?;
    let date = ctx.date(args.date)?;
    let bare = args.mood.is_none() && args.urge.is_none() && args.contact.is_none() && args.note.is_none();
    if bare && ctx.ui.interactive() {
        // Nothing to record was given: ask, as a person would, showing what
        // the day already holds so that Enter keeps it.
        let current = day_so_far(ctx, date, today)?;
        let input = ask_for_checkin(&mut ctx.ui, date, today, current.as_ref())?;
        return record(ctx, date, input, Slips::Replace);
    }
    let input =
        CheckinInput { mood: args.mood, urge: args.urge, contact: args.contact, note: args.note.clone() };
    record(ctx, date, input, Slips::Replace)
}

pub fn slip(ctx: &mut Ctx, args: &SlipArgs) -> Result<()> {
    let date = ctx.date(args.date)?;
    let input = CheckinInput {
        contact: Some(Contact::Initiated),
        note: args.note.clone(),
        ..CheckinInput::default()
    };
    record(ctx, date, input, Slips::Replace)
}

/// `plan contact KIND`: a check-in that records a kind of contact. A kind
/// that breaks no contact is never replaced by one that does not: that
/// takes a deliberate `plan checkin --contact`.
pub fn contact(ctx: &mut Ctx, args: &ContactArgs) -> Result<()> {
    let date = ctx.date(args.date)?;
    let input = CheckinInput { contact: Some(args.kind), note: args.note.clone(), ..CheckinInput::default() };
    record(ctx, date, input, Slips::Keep)
}

/// The day's entry as it stands, after checking the date can be recorded,
/// so nobody answers questions only to be refused.
fn day_so_far(ctx: &Ctx, date: NaiveDate, today: NaiveDate) -> Result<Option<Checkin>> {
    let reader = ctx.reader()?;
    reader.state.check_date(date, today)?;
    Ok(reader.month(&month_key(date))?.into_iter().find(|entry| entry.date == date))
}

/// Whether a kind of contact that keeps no contact may replace one that broke it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slips {
    /// `plan checkin` and `plan slip`: what is given is recorded.
    Replace,
    /// `plan contact`: a slip that day stays; only the note is kept.
    Keep,
}

/// What recording a day did, worked out while the plan is held.
struct Recording {
    entry: Checkin,
    did: Effects,
    hard_days: bool,
}

/// Record a check-in. With [`Slips::Keep`] (`plan contact`), a kind of
/// contact that does not break no contact never replaces one that did that
/// day: that takes a deliberate `plan checkin --contact`. Its note is still kept.
fn record(ctx: &mut Ctx, date: NaiveDate, mut input: CheckinInput, slips: Slips) -> Result<()> {
    let today = ctx.today()?;
    let given = input.contact;
    let (kept, recording) = {
        let mut plan = ctx.open()?;
        let day = plan.month(&month_key(date))?.into_iter().find(|day| day.date == date);
        let slip = day.as_ref().map(|day| day.contact).filter(|kind| kind.breaks_no_contact());
        let kept = match (slips, slip, given) {
            (Slips::Keep, Some(slip), Some(kind)) if !kind.breaks_no_contact() => Some((slip, kind)),
            _ => None,
        };
        if kept.is_some() {
            input.contact = None;
        }
        // A kept slip with no note leaves the day as it is. The words about
        // it are shown even if recording the note then fails.
        let nothing_else = kept.is_some() && input.note.is_none();
        let recording = (!nothing_else).then(|| commit(&mut plan, date, day, input, today)).transpose();
        (kept, recording)
    };
    if let Some((slip, kind)) = kept {
        render::fit(
            &mut ctx.ui,
            &format!("{date} already records {}, which broke no contact; that stays.", render::contact(slip)),
        )?;
        render::fit(
            &mut ctx.ui,
            &format!("If it was a mistake: `plan checkin --date {date} --contact {}`.", kind.as_str()),
        )?;
    }
    let Some(Recording { entry, did, hard_days }) = recording? else { return Ok(()) };
    if did.recorded != Recorded::Unchanged {
        ctx.ui.saved(format!("the check-in for {date}"));
        let event = serde_json::json!({"date": date, "checkin": entry, "no_contact": did.after});
        ctx.ui.hook("on-checkin", event.clone());
        if did.slip_began {
            ctx.ui.hook("on-slip", event);
        }
        if let Some(days) = did.milestone {
            ctx.ui.hook(
                "on-milestone",
                serde_json::json!({"date": today, "days": days, "no_contact": did.after}),
            );
        }
    }
    let view = view::CheckedIn {
        date,
        entry,
        recorded: did.recorded,
        before: did.before,
        after: did.after,
        // The kind of contact recorded: none when a slip was kept.
        kind: given.filter(|_| kept.is_none()),
        hard_days,
    };
    render::checked_in(&mut ctx.ui, &view)?;
    Ok(())
}

/// Save the day's check-in, if it changes anything, into the plan held.
fn commit(
    plan: &mut Writer<'_>,
    date: NaiveDate,
    day: Option<Checkin>,
    input: CheckinInput,
    today: NaiveDate,
) -> Result<Recording> {
    let recorded = decide::checkin(&plan.state, day.as_ref(), date, &input, today)?;
    let before = plan.state.clone();
    let entry = if recorded == Recorded::Unchanged {
        day.expect("an unchanged day is there")
    } else {
        let mut days =
            plan.save(&format!("the check-in for {date}"), Change::Checkin { date, fields: input })?;
        days.remove(&date).expect("the day just recorded")
    };
    let did = decide::effects(&before, &plan.state, date, recorded, today);
    let hard_days = crate::safety::hard_days(&plan.state.recent, today);
    Ok(Recording { entry, did, hard_days })
}

/// Ask for each field in turn. Enter keeps what the day holds (`current`),
/// or for a new day leaves the field out.
fn ask_for_checkin(
    ui: &mut Ui,
    date: NaiveDate,
    today: NaiveDate,
    current: Option<&Checkin>,
) -> Result<CheckinInput> {
    let day = if date == today { "today".to_owned() } else { format!("on {date}") };
    if current.is_some() {
        writeln!(ui.prompt(), "The check-in for {date} is there already; Enter keeps each value as it is.")?;
    }
    let shown = |value: Option<String>| value.map_or_else(String::new, |value| format!(" [{value}]"));
    let mood = ask(
        ui,
        &format!(
            "Mood {day}, 1 (awful) to 10 (great){}",
            shown(current.and_then(|c| c.mood).map(|m| m.to_string()))
        ),
        |text| text.parse::<u8>().ok().filter(|n| (1..=10).contains(n)),
    )?;
    let urge = ask(
        ui,
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
        ui,
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
    let note =
        ask(ui, note_question, |text| Some(if text == "-" { String::new() } else { text.to_owned() }))?;
    Ok(CheckinInput { mood, urge, contact, note })
}

/// One question of the check-in; Enter skips it (`None`).
fn ask<T>(ui: &mut Ui, question: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>> {
    let answer = ui.prompt_choice(
        "check-in",
        |out| render::question(out, question),
        parse,
        |out, answer| {
            writeln!(
                out,
                "  `{}` is not one of the answers; try again, or press Enter to skip.",
                visible(answer)
            )
        },
    )?;
    Ok(answer.given())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn asks_again_after_a_wrong_answer_and_skips_on_enter() {
        let (mut ui, prompts) = Ui::scripted("11\n7\n\nslip\nHard evening.\n", 80);
        let today = d("2026-11-24");
        let input = ask_for_checkin(&mut ui, today, today, None).unwrap();
        assert_eq!(input.mood, Some(7));
        assert_eq!(input.urge, None);
        assert_eq!(input.contact, Some(Contact::Initiated));
        assert_eq!(input.note.as_deref(), Some("Hard evening."));
        assert!(prompts.text().contains("`11` is not one of the answers"));
    }

    #[test]
    fn enter_keeps_what_the_day_holds() {
        let today = d("2026-11-24");
        let slip =
            Checkin { date: today, mood: Some(3), urge: Some(9), contact: Contact::Initiated, note: None };
        let (mut ui, prompts) = Ui::scripted("\n\n\n\n", 80);
        let input = ask_for_checkin(&mut ui, today, today, Some(&slip)).unwrap();
        assert_eq!((input.mood, input.urge, input.contact, input.note), (None, None, None, None));
        let prompts = prompts.text();
        assert!(prompts.contains("Mood today, 1 (awful) to 10 (great) [3]: "), "{prompts}");
        let flat = prompts.replace('\n', " ");
        assert!(flat.contains("Any contact today? Type one of: none (or no), allowed,"), "{prompts}");
        assert!(flat.contains("accidental, planned") && flat.contains(" [initiated]: "), "{prompts}");
    }

    #[test]
    fn the_contact_question_wraps_between_words_and_accepts_no() {
        let today = d("2026-11-24");
        let (mut ui, prompts) = Ui::scripted("\n\nno\n\n", 40);
        let input = ask_for_checkin(&mut ui, today, today, None).unwrap();
        assert_eq!(input.contact, Some(Contact::None));
        let prompts = prompts.text();
        let words: Vec<&str> = prompts.split_whitespace().collect();
        for kind in ["they-contacted", "social-media", "logistics", "accidental", "planned"] {
            assert!(words.iter().any(|word| word.trim_end_matches(',') == kind), "{kind} whole: {prompts}");
        }
    }

    #[test]
    fn end_of_input_cancels_on_a_line_of_its_own() {
        let (mut ui, prompts) = Ui::scripted("5\n", 80);
        let today = d("2026-11-24");
        let err = ask_for_checkin(&mut ui, today, today, None).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
        assert!(prompts.text().ends_with(": \n"));
    }
}
