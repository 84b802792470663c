//! What `plan` asks at a terminal, outside the readiness check (whose
//! questions are in [`super::assess`]): which path to start on, and how
//! the day went. Each question is written here, and so is what it says
//! when an answer is not one it takes; reading a path's name back is here
//! too, as it reads the words written here. [`Asking`] names what a run of
//! questions is for, when it is cancelled.

use std::fmt;
use std::io;

use chrono::NaiveDate;

use crate::i18n::{self, Speak, one_of, t};
use crate::playbook::Playbook;
use crate::state::Contact;
use crate::text::{Screen, fit, question, visible, wrap};
use crate::views::words;

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
        f.write_str(&match self {
            Asking::Checkin => t!("ask-asking-checkin"),
            Asking::Start => t!("ask-asking-start"),
            Asking::ReadinessCheck => t!("ask-asking-readiness-check"),
            Asking::Draft => t!("ask-asking-draft"),
            Asking::Sos => t!("ask-asking-sos"),
        })
    }
}

/// What a path `plan start` offers is called in English, by the id of its
/// playbook: typed in any language, it names the path.
pub fn path_name(id: &str) -> String {
    path_in(id, Speak::English)
}

/// What a path `plan start` offers is called in the chosen language.
pub fn path_title(id: &str) -> String {
    path_in(id, Speak::Theirs)
}

fn path_in(id: &str, lang: Speak) -> String {
    let message = |id| lang.message(id);
    match id {
        "four-steps" => message("ask-path-four-steps"),
        "move-on" => message("ask-path-move-on"),
        "not-sure-yet" => message("ask-path-not-sure-yet"),
        // Every path is named: a test of `plan start` checks it.
        _ => String::new(),
    }
}

/// The paths `plan start` offers at a terminal, each with what it is for.
pub fn path_choice(out: &mut impl Screen, paths: &[Playbook], default: usize) -> io::Result<()> {
    fit(out, &t!("ask-path-which"))?;
    writeln!(out)?;
    for (i, playbook) in paths.iter().enumerate() {
        let name = path_title(&playbook.id);
        let chosen = if i == default { format!(" {}", t!("ask-path-default")) } else { String::new() };
        fit(out, &format!("  {}. {name}{chosen}  [{}]", i + 1, playbook.id))?;
        if let Some(purpose) = &playbook.purpose {
            wrap(out, purpose, "     ", "     ")?;
        }
    }
    writeln!(out)
}

/// The question after the paths, the cursor left after it.
pub fn path_question(out: &mut impl Screen, default: usize) -> io::Result<()> {
    write!(out, "{}: ", t!("ask-path-question", default = default + 1))
}

/// An answer that names no path.
pub fn path_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    fit(out, &format!("  {}", t!("ask-path-again", answer = visible(answer))))
}

/// The path of `ids` that `answer` names: its number, its id, its name in
/// English or in the chosen language, or the start of either (three
/// letters or more), in any case.
pub fn path_named(answer: &str, ids: &[&str]) -> Option<usize> {
    let answer = answer.trim().to_lowercase();
    if let Some(n) = answer.parse::<usize>().ok().filter(|n| (1..=ids.len()).contains(n)) {
        return Some(n - 1);
    }
    let names = |name: String| answer == name || name.starts_with(&answer) && answer.chars().count() >= 3;
    ids.iter().position(|id| {
        answer == *id || names(path_name(id).to_lowercase()) || names(path_title(id).to_lowercase())
    })
}

/// Before the check-in's questions, when the day has one already.
pub fn checkin_there(out: &mut impl Screen, date: NaiveDate) -> io::Result<()> {
    writeln!(out, "{}", t!("ask-checkin-there", date = date.to_string()))
}

/// What the day holds now, which Enter keeps: ` [7]`.
fn kept(value: Option<String>) -> String {
    value.map_or_else(String::new, |value| format!(" [{value}]"))
}

/// The check-in's mood, with the one the day holds.
pub fn mood(out: &mut impl Screen, date: NaiveDate, today: NaiveDate, now: Option<u8>) -> io::Result<()> {
    let asked = if date == today { t!("ask-mood-today") } else { t!("ask-mood-on", date = date.to_string()) };
    question(out, &format!("{asked}{}", kept(now.map(|m| m.to_string()))))
}

/// The check-in's urge, with the one the day holds.
pub fn urge(out: &mut impl Screen, now: Option<u8>) -> io::Result<()> {
    question(out, &format!("{}{}", t!("ask-urge"), kept(now.map(|u| u.to_string()))))
}

/// Each of `kinds` as the contact question lists them: its value, as
/// `--contact` takes it, and for the two most often given, another word.
fn kinds_listed(kinds: &[Contact]) -> String {
    let kinds: Vec<String> = kinds
        .iter()
        .map(|kind| match kind {
            Contact::None => t!("ask-contact-none"),
            Contact::Initiated => t!("ask-contact-initiated"),
            other => other.as_str().to_owned(),
        })
        .collect();
    kinds.join(", ")
}

/// The check-in's contact: each of `kinds`, and the one the day holds.
pub fn contact(
    out: &mut impl Screen,
    date: NaiveDate,
    today: NaiveDate,
    kinds: &[Contact],
    now: Contact,
) -> io::Result<()> {
    let (kinds, now) = (kinds_listed(kinds), now.as_str());
    let asked = if date == today {
        t!("ask-contact-today", kinds = kinds, now = now)
    } else {
        t!("ask-contact-on", date = date.to_string(), kinds = kinds, now = now)
    };
    question(out, &asked)
}

/// After a yes to the contact question: which kind it was, each kind but
/// none with its number, in words, and its value.
pub fn contact_which(out: &mut impl Screen, kinds: &[Contact]) -> io::Result<()> {
    fit(out, &t!("ask-contact-which"))?;
    for (number, kind) in contact_kinds(kinds).enumerate() {
        fit(out, &format!("  {}. {}  ({})", number + 1, words::contact(*kind), kind.as_str()))?;
    }
    question(out, &t!("ask-contact-which-answer"))
}

/// The kinds a yes chooses among: all but none.
fn contact_kinds(kinds: &[Contact]) -> impl Iterator<Item = &Contact> {
    kinds.iter().filter(|kind| **kind != Contact::None)
}

/// An answer to the contact question: a kind, or a yes that says there
/// was contact but not which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactAnswer {
    Kind(Contact),
    Yes,
}

/// The answer to the contact question `answer` names: the words of the
/// chosen language first, then a kind's value, then yes or no, then the
/// English letters (`a` allowed, `s` slip) where the language has not
/// taken them (in Spanish, `s` is yes).
pub fn contact_named(answer: &str) -> Option<ContactAnswer> {
    if let Some(kind) = contact_said(answer) {
        return Some(ContactAnswer::Kind(kind));
    }
    match i18n::yes_or_no(answer) {
        Some(true) => return Some(ContactAnswer::Yes),
        Some(false) => return Some(ContactAnswer::Kind(Contact::None)),
        None => {}
    }
    match answer.trim().to_lowercase().as_str() {
        "a" => Some(ContactAnswer::Kind(Contact::Allowed)),
        "s" => Some(ContactAnswer::Kind(Contact::Initiated)),
        _ => None,
    }
}

/// The kind of contact `answer` names, after a yes, among `kinds`: its
/// number as [`contact_which`] lists it, or its name; no yes again.
pub fn contact_kind_named(answer: &str, kinds: &[Contact]) -> Option<Contact> {
    if let Ok(number) = answer.trim().parse::<usize>() {
        return number.checked_sub(1).and_then(|index| contact_kinds(kinds).nth(index)).copied();
    }
    contact_said(answer).or_else(|| match contact_named(answer) {
        Some(ContactAnswer::Kind(kind)) => Some(kind),
        _ => None,
    })
}

/// A kind of contact in the chosen language's words, or by its value.
fn contact_said(answer: &str) -> Option<Contact> {
    if one_of(&t!("ask-contact-none-answers"), answer) {
        Some(Contact::None)
    } else if one_of(&t!("ask-contact-slip-answers"), answer) {
        Some(Contact::Initiated)
    } else if one_of(&t!("ask-contact-allowed-answers"), answer) {
        Some(Contact::Allowed)
    } else {
        <Contact as clap::ValueEnum>::from_str(answer.trim(), true).ok()
    }
}

/// The check-in's note, on a day that has none yet.
pub fn note(out: &mut impl Screen) -> io::Result<()> {
    question(out, &t!("ask-note"))
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
    writeln!(out, "{}", t!("ask-notes-there", n = notes.len()))?;
    for note in notes {
        wrap(out, &t!("ask-quoted", text = note.as_str()), "  ", "   ")?;
    }
    Ok(())
}

/// Whether to keep the day's `count` notes, add one beside them, or
/// replace or remove them.
pub fn note_choice(out: &mut impl Screen, count: usize) -> io::Result<()> {
    question(out, &t!("ask-note-choice", n = count))
}

/// The choice `answer` names: the word, or its first letter, in the
/// chosen language or in English.
pub fn note_choice_named(answer: &str) -> Option<NoteChoice> {
    use NoteChoice::{Add, Keep, Remove, Replace};
    let choices = [Keep, Add, Replace, Remove];
    let named = |lang: Speak| choices.into_iter().find(|&choice| one_of(&note_answers(choice, lang), answer));
    named(Speak::Theirs).or_else(|| named(Speak::English))
}

/// The answers that choose what to do with a day's notes, in `lang`.
fn note_answers(choice: NoteChoice, lang: Speak) -> String {
    let message = |id| lang.message(id);
    match choice {
        NoteChoice::Keep => message("ask-note-keep-answers"),
        NoteChoice::Add => message("ask-note-add-answers"),
        NoteChoice::Replace => message("ask-note-replace-answers"),
        NoteChoice::Remove => message("ask-note-remove-answers"),
    }
}

/// The note to add beside the day's.
pub fn note_added(out: &mut impl Screen) -> io::Result<()> {
    question(out, &t!("ask-note-added"))
}

/// The note to put in place of the day's `count`.
pub fn note_instead(out: &mut impl Screen, count: usize) -> io::Result<()> {
    question(out, &t!("ask-note-instead", n = count))
}

/// A yes-or-no question, with the language's `[y/n]` after it; its
/// answer is read by [`i18n::yes_or_no`].
pub fn yes_no(out: &mut impl Screen, text: &str) -> io::Result<()> {
    question(out, &format!("{text} {}", t!("locale-yes-no")))
}

/// An answer to a yes-or-no question that is neither.
pub fn yes_no_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    writeln!(out, "  {}", t!("ask-yes-no-again", answer = visible(answer)))
}

/// An answer to a check-in question that it does not take.
pub fn checkin_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    writeln!(out, "  {}", t!("ask-checkin-again", answer = visible(answer)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_is_named_in_english_as_the_catalogue_names_it() {
        for id in ["four-steps", "move-on", "not-sure-yet"] {
            assert_eq!(path_title(id), path_name(id));
        }
        assert_eq!(path_named("let", &["four-steps", "move-on"]), Some(1));
        assert_eq!(path_named("le", &["four-steps", "move-on"]), None);
    }

    #[test]
    fn the_contact_question_takes_a_kind_a_yes_or_a_no() {
        assert_eq!(contact_named("s"), Some(ContactAnswer::Kind(Contact::Initiated)));
        assert_eq!(contact_named("a"), Some(ContactAnswer::Kind(Contact::Allowed)));
        assert_eq!(contact_named("no"), Some(ContactAnswer::Kind(Contact::None)));
        assert_eq!(contact_named("Yes"), Some(ContactAnswer::Yes));
        assert_eq!(contact_named("they-contacted"), Some(ContactAnswer::Kind(Contact::TheyContacted)));
        assert_eq!(contact_named("maybe"), None);
        let kinds = <Contact as clap::ValueEnum>::value_variants();
        assert_eq!(contact_kind_named("y", kinds), None);
        assert_eq!(contact_kind_named("1", kinds), Some(Contact::Allowed));
        assert_eq!(contact_kind_named("2", kinds), Some(Contact::Initiated));
        assert_eq!(contact_kind_named("0", kinds), None);
        assert_eq!(contact_kind_named("99", kinds), None);
        assert_eq!(note_choice_named("R"), Some(NoteChoice::Replace));
        assert_eq!(note_choice_named("delete"), Some(NoteChoice::Remove));
    }
}
