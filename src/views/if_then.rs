//! `plan if`: plans for the urge, made in a calm hour, in the person's own
//! words ("If I want to text them at night, then I call Sam"). [`listed`]
//! is `plan if --json`; [`render`] lists them numbered, and `plan urge`
//! shows them first with [`lines`].

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use crate::event::IfThen;
use crate::i18n::t;
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
/// kept as written; only an "if" or "then" they typed themselves (in
/// English or the chosen language), and the stop at the end of WHEN, are
/// not said twice.
pub fn sentence(plan: &IfThen) -> String {
    let when = strip_words(plan.when.trim(), &t!("if-word-if"), "if");
    let when = when.trim_end_matches([',', '.', ';']).trim_end();
    let then = strip_words(plan.then.trim(), &t!("if-word-then"), "then");
    let end = if then.ends_with(['.', '!', '?']) { "" } else { "." };
    visible(&t!("if-sentence", when = when, then = then, end = end)).into_owned()
}

/// `text` without the chosen language's `word`, or the English one, and
/// the space after it, at its start.
fn strip_words<'a>(text: &'a str, word: &str, english: &str) -> &'a str {
    let stripped = strip_word(text, word);
    if stripped.len() < text.len() { stripped } else { strip_word(text, english) }
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
        paragraph(out, &t!("if-none"))?;
        return Ok(());
    }
    fit(out, &t!("if-yours"))?;
    for (i, plan) in plans.iter().enumerate() {
        wrapped(out, &sentence(plan), &format!("  {}. ", i + 1))?;
    }
    writeln!(out)?;
    fit(out, &t!("if-shown-first"))
}

/// The plans at the top of the urge page.
pub fn lines(out: &mut impl Screen, plans: &[IfThen]) -> io::Result<()> {
    fit(out, &t!("if-for-this-moment", n = plans.len()))?;
    for plan in plans {
        wrapped(out, &sentence(plan), "  - ")?;
    }
    Ok(())
}

/// `plan if WHEN THEN`: kept.
pub fn kept(out: &mut impl Screen, plan: &IfThen, again: bool, count: usize) -> io::Result<()> {
    if again {
        fit(out, &t!("if-again"))?;
    } else {
        wrapped(out, &sentence(plan), &format!("{} ", t!("if-kept")))?;
    }
    if count < 2 { fit(out, &t!("if-kept-first")) } else { fit(out, &t!("if-kept-more")) }
}

/// `plan if --remove N`: taken away.
pub fn removed(out: &mut impl Screen, plan: &IfThen) -> io::Result<()> {
    wrapped(out, &sentence(plan), &format!("{} ", t!("if-removed")))
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
