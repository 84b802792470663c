//! `plan checkin`: how today went, from its options or, at a terminal with
//! none, by asking; running it again the same day amends the entry.

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use super::record::{Slips, record};
use super::ui::{Prompt, Ui};
use crate::cli::CheckinArgs;
use crate::id::Month;
use crate::state::{Checkin, CheckinInput, Contact, NoteEdit};
use crate::views::ask::{self, Asking, ContactAnswer, NoteChoice};

pub fn run(ctx: &mut Ctx, args: &CheckinArgs) -> Result<()> {
    let today = ctx.today()?;
    let date = ctx.date(args.date)?;
    // `--note` replaces the day's notes, `--add-note` keeps them.
    // `-` reads it from standard input, so that it never shows in `ps`.
    let note = match (ctx.note(args.note.as_deref())?, ctx.note(args.add_note.as_deref())?) {
        (Some(text), _) => Some(NoteEdit::Replace(text)),
        (None, Some(text)) => Some(NoteEdit::Add(text)),
        (None, None) => None,
    };
    let bare = args.mood.is_none() && args.urge.is_none() && args.contact.is_none() && note.is_none();
    if bare && ctx.ui.interactive() {
        // Nothing to record was given: ask, as a person would, showing what
        // the day already holds so that Enter keeps it.
        let current = day_so_far(ctx, date, today)?;
        let (input, note) = ask_for_checkin(&mut ctx.ui, date, today, current.as_ref())?;
        return record(ctx, date, input, note, Slips::Replace);
    }
    if bare {
        // Nobody to ask: an empty check-in would mark the day done with nothing in it.
        return Err(crate::error::CommandError::NothingToRecord.into());
    }
    let input =
        CheckinInput { mood: args.mood, urge: args.urge, contact: args.contact, ..CheckinInput::default() };
    record(ctx, date, input, note, Slips::Replace)
}

/// The day's entry as it stands, after checking the date can be recorded,
/// so nobody answers questions only to be refused.
fn day_so_far(ctx: &Ctx, date: NaiveDate, today: NaiveDate) -> Result<Option<Checkin>> {
    let reader = ctx.reader()?;
    reader.state.check_date(date, today)?;
    Ok(reader.month(Month::of(date))?.into_iter().find(|entry| entry.date == date))
}

/// Ask for each field in turn. Enter keeps what the day holds (`current`),
/// or for a new day leaves the field out. The day's notes are shown, and
/// a new one is added beside them or replaces them, as the person says.
fn ask_for_checkin(
    ui: &mut Ui,
    date: NaiveDate,
    today: NaiveDate,
    current: Option<&Checkin>,
) -> Result<(CheckinInput, Option<NoteEdit>)> {
    if current.is_some() {
        ask::checkin_there(&mut ui.prompt(), date)?;
    }
    let mood = ask(
        ui,
        |out| ask::mood(out, date, today, current.and_then(|c| c.mood)),
        |text| text.parse::<u8>().ok().filter(|n| (1..=10).contains(n)),
    )?;
    let urge = ask(
        ui,
        |out| ask::urge(out, current.and_then(|c| c.urge)),
        |text| text.parse::<u8>().ok().filter(|n| *n <= 10),
    )?;
    let contact_now = current.map_or(Contact::None, |c| c.contact);
    let kinds = <Contact as clap::ValueEnum>::value_variants();
    // A kind, or a yes (`s`, `j`, `y`) that asks which kind it was.
    let contact = match ask(ui, |out| ask::contact(out, date, today, kinds, contact_now), ask::contact_named)?
    {
        Some(ContactAnswer::Yes) => {
            ask(ui, |out| ask::contact_which(out, kinds), |answer| ask::contact_kind_named(answer, kinds))?
        }
        Some(ContactAnswer::Kind(kind)) => Some(kind),
        None => None,
    };
    let notes = current.map_or(&[][..], |c| &c.notes[..]);
    let note = ask_for_note(ui, notes)?;
    Ok((CheckinInput { mood, urge, contact, ..CheckinInput::default() }, note))
}

/// A note for a day that holds `notes`: with none, one to add; else,
/// once they are shown, whether to keep them (Enter), add one beside
/// them, or replace or remove them.
fn ask_for_note(ui: &mut Ui, notes: &[String]) -> Result<Option<NoteEdit>> {
    if notes.is_empty() {
        return Ok(ask(ui, |out| ask::note(out), |text| Some(text.to_owned()))?.map(NoteEdit::Add));
    }
    ask::notes_there(&mut ui.prompt(), notes)?;
    let choice = ask(ui, |out| ask::note_choice(out, notes.len()), ask::note_choice_named)?;
    Ok(match choice.unwrap_or(NoteChoice::Keep) {
        NoteChoice::Keep => None,
        NoteChoice::Remove => Some(NoteEdit::Replace(String::new())),
        NoteChoice::Add => {
            ask(ui, |out| ask::note_added(out), |text| Some(text.to_owned()))?.map(NoteEdit::Add)
        }
        NoteChoice::Replace => {
            ask(ui, |out| ask::note_instead(out, notes.len()), |text| Some(text.to_owned()))?
                .map(NoteEdit::Replace)
        }
    })
}

/// One question of the check-in, which `question` writes; Enter skips it (`None`).
fn ask<T>(
    ui: &mut Ui,
    question: impl Fn(&mut Prompt<'_>) -> std::io::Result<()>,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>> {
    let answer =
        ui.prompt_choice(Asking::Checkin, question, parse, |out, answer| ask::checkin_again(out, answer))?;
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
        let (input, note) = ask_for_checkin(&mut ui, today, today, None).unwrap();
        assert_eq!(input.mood, Some(7));
        assert_eq!(input.urge, None);
        assert_eq!(input.contact, Some(Contact::Initiated));
        assert_eq!(note, Some(NoteEdit::Add("Hard evening.".into())));
        assert!(prompts.text().contains("`11` is not one of the answers"));
    }

    #[test]
    fn enter_keeps_what_the_day_holds() {
        let today = d("2026-11-24");
        let slip =
            Checkin { date: today, mood: Some(3), urge: Some(9), contact: Contact::Initiated, notes: vec![] };
        let (mut ui, prompts) = Ui::scripted("\n\n\n\n", 80);
        let (input, note) = ask_for_checkin(&mut ui, today, today, Some(&slip)).unwrap();
        assert_eq!((input.mood, input.urge, input.contact, note), (None, None, None, None));
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
        let (input, _) = ask_for_checkin(&mut ui, today, today, None).unwrap();
        assert_eq!(input.contact, Some(Contact::None));
        let prompts = prompts.text();
        let words: Vec<&str> = prompts.split_whitespace().collect();
        for kind in ["they-contacted", "social-media", "logistics", "accidental", "planned"] {
            assert!(words.iter().any(|word| word.trim_end_matches(',') == kind), "{kind} whole: {prompts}");
        }
    }

    #[test]
    fn the_notes_there_are_shown_and_enter_keeps_them() {
        let today = d("2026-11-24");
        let day = Checkin {
            date: today,
            mood: Some(6),
            urge: None,
            contact: Contact::None,
            notes: vec!["Brunch with Sam.".into(), "A walk, \u{1b}[2J after.".into()],
        };
        let (mut ui, prompts) = Ui::scripted("\n\n\n\n", 80);
        let (_, note) = ask_for_checkin(&mut ui, today, today, Some(&day)).unwrap();
        assert_eq!(note, None, "Enter keeps them");
        let prompts = prompts.text();
        assert!(prompts.contains("The day's 2 notes:\n  “Brunch with Sam.”\n"), "{prompts}");
        assert!(prompts.contains("“A walk, ^[[2J after.”"), "made visible: {prompts}");
        assert!(prompts.contains("Keep them, add a note beside them, or replace them?"), "{prompts}");

        let choose = |typed: &str| {
            let (mut ui, _) = Ui::scripted(typed, 80);
            ask_for_checkin(&mut ui, today, today, Some(&day)).unwrap().1
        };
        assert_eq!(choose("\n\n\nadd\nLater, tea.\n"), Some(NoteEdit::Add("Later, tea.".into())));
        assert_eq!(choose("\n\n\nr\nOnly this.\n"), Some(NoteEdit::Replace("Only this.".into())));
        assert_eq!(choose("\n\n\nreplace\n\n"), None, "Enter at the new note keeps them");
        assert_eq!(choose("\n\n\nremove\n"), Some(NoteEdit::Replace(String::new())));
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
