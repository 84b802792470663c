//! `plan if`: plans for the urge, made in a calm hour, in the person's own
//! words ("If I want to text them at night, then I call Sam"). [`listed`]
//! is `plan if --json`; [`render`] lists them numbered, and `plan urge`
//! shows them first with [`lines`].

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use crate::event::IfThen;
use crate::text::{Screen, fit, paragraph, visible, wrapped};

/// One plan as `plan if --json` gives it.
#[derive(Debug, Serialize)]
pub struct Listed {
    pub number: usize,
    pub date: NaiveDate,
    pub when: String,
    pub then: String,
}

/// The plans that stand, numbered from 1 as `plan if --remove N` takes them.
pub fn listed(plans: &[IfThen]) -> Vec<Listed> {
    plans
        .iter()
        .enumerate()
        .map(|(i, plan)| Listed {
            number: i + 1,
            date: plan.date,
            when: plan.when.clone(),
            then: plan.then.clone(),
        })
        .collect()
}

/// A plan as one sentence: "If WHEN, then THEN." The person's words are
/// kept as written; only an "if" or "then" they typed themselves, and the
/// stop at the end of WHEN, are not said twice.
pub fn sentence(plan: &IfThen) -> String {
    let when = strip_word(plan.when.trim(), "if").trim_end_matches([',', '.', ';']).trim_end();
    let then = strip_word(plan.then.trim(), "then");
    let end = if then.ends_with(['.', '!', '?']) { "" } else { "." };
    visible(&format!("If {when}, then {then}{end}")).into_owned()
}

/// `text` without `word` and the space after it at its start, in any case.
fn strip_word<'a>(text: &'a str, word: &str) -> &'a str {
    let head = text.get(..word.len() + 1);
    match head {
        Some(head) if head[..word.len()].eq_ignore_ascii_case(word) && head.ends_with(' ') => {
            text[word.len() + 1..].trim_start()
        }
        _ => text,
    }
}

/// `plan if`: every plan, numbered.
pub fn render(out: &mut impl Screen, plans: &[IfThen]) -> io::Result<()> {
    if plans.is_empty() {
        paragraph(
            out,
            "No if-then plans yet. In a calm hour, decide what you will do when the urge comes, \
             in your own words: `plan if \"I want to text them at night\" \"I call Sam\"`.",
        )?;
        return Ok(());
    }
    fit(out, "Your plans for the urge, in your words:")?;
    for (i, plan) in plans.iter().enumerate() {
        wrapped(out, &sentence(plan), &format!("  {}. ", i + 1))?;
    }
    writeln!(out)?;
    fit(out, "`plan urge` shows them first. `plan if --remove N` takes one away.")
}

/// The plans at the top of the urge page.
pub fn lines(out: &mut impl Screen, plans: &[IfThen]) -> io::Result<()> {
    if plans.len() == 1 {
        fit(out, "Your plan for this moment, made in a calmer hour:")?;
    } else {
        fit(out, "Your plans for this moment, made in a calmer hour:")?;
    }
    for plan in plans {
        wrapped(out, &sentence(plan), "  - ")?;
    }
    Ok(())
}

/// `plan if WHEN THEN`: kept.
pub fn kept(out: &mut impl Screen, plan: &IfThen, again: bool, count: usize) -> io::Result<()> {
    if again {
        fit(out, "That plan is already yours; saved again.")?;
    } else {
        wrapped(out, &sentence(plan), "Kept: ")?;
    }
    if count < 2 {
        fit(
            out,
            "`plan urge` shows it first when the urge comes. A second plan, for another moment, helps too.",
        )
    } else {
        fit(out, "`plan urge` shows it first when the urge comes.")
    }
}

/// `plan if --remove N`: taken away.
pub fn removed(out: &mut impl Screen, plan: &IfThen) -> io::Result<()> {
    wrapped(out, &sentence(plan), "Taken away: ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(when: &str, then: &str) -> IfThen {
        IfThen { date: NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(), when: when.into(), then: then.into() }
    }

    #[test]
    fn a_plan_reads_as_one_sentence_whatever_was_typed() {
        assert_eq!(
            sentence(&plan("I want to text them", "I call Sam")),
            "If I want to text them, then I call Sam."
        );
        assert_eq!(
            sentence(&plan("If I want to text them,", "then I call Sam!")),
            "If I want to text them, then I call Sam!"
        );
        assert_eq!(sentence(&plan("IF it is late.", "Then I go to bed")), "If it is late, then I go to bed.");
        // A word that only begins with "if" stays whole.
        assert_eq!(sentence(&plan("iffy days come", "I walk")), "If iffy days come, then I walk.");
        assert_eq!(sentence(&plan("x\u{1b}[2J", "y")), "If x^[[2J, then y.");
    }
}
