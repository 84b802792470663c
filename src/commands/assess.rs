//! `plan assess`: the readiness check, at the terminal or with `--answer`.

use std::collections::BTreeMap;

use crate::error::Result;

use super::Ctx;
use super::ui::{Prompt, Reply, Ui};
use crate::assess::{self, Answer, QUESTIONS};
use crate::cli::AssessArgs;
use crate::error::CommandError;
use crate::event::Change;
use crate::i18n;
use crate::text;
use crate::views;
use crate::views::ask::Asking;
use crate::views::confirm::Saved;

pub fn run(ctx: &mut Ctx, args: &AssessArgs) -> Result<()> {
    let today = ctx.today()?;
    if args.list {
        return if args.json {
            text::json(&mut ctx.ui, &views::assess::list(QUESTIONS)).map_err(Into::into)
        } else {
            views::assess::questions(&mut ctx.ui, QUESTIONS).map_err(Into::into)
        };
    }
    let mut answers: BTreeMap<String, Answer> = args.answers.iter().cloned().collect();
    // Refuse an ended plan before anyone answers questions; the path decides
    // which questions are asked.
    let playbook = ctx.open()?.state.playbook.id.clone();
    let missing = assess::missing(&answers, &playbook);
    let mut keep = !args.only_result;
    if !missing.is_empty() {
        if !ctx.ui.interactive() {
            return Err(CommandError::Unanswered { missing, asked: assess::asked(&playbook).count() }.into());
        }
        ask(&mut ctx.ui, &missing, &mut answers)?;
        if keep {
            keep = ask_keep(&mut ctx.ui)?;
        }
    }
    let verdict = assess::verdict(&answers);
    let kept = if keep { answers } else { BTreeMap::new() };
    let change =
        Change::Assess { date: today, answers: kept, result: verdict.result, red_flag: verdict.red_flag };
    ctx.open()?.save(&Saved::ReadinessCheck.to_string(), change)?;
    ctx.ui.saved(Saved::ReadinessCheck);
    let assessment = views::assess::assessment(today, verdict, keep);
    if args.json {
        text::json(&mut ctx.ui, &assessment)?;
    } else {
        views::assess::render(&mut ctx.ui, &assessment)?;
    }
    Ok(())
}

/// Ask each question of `ids` in turn: `y`, `n` or `u` (or the whole word).
fn ask(ui: &mut Ui, ids: &[&str], answers: &mut BTreeMap<String, Answer>) -> Result<()> {
    views::assess::intro(&mut ui.prompt())?;
    for (i, id) in ids.iter().enumerate() {
        let question = assess::question(id).expect("ids come from the questions");
        views::assess::ask(&mut ui.prompt(), i + 1, ids.len(), question)?;
        let choice = loop {
            let please = |out: &mut Prompt<'_>, _: &str| views::assess::please(out);
            match ui.prompt_choice(
                Asking::ReadinessCheck,
                |out| views::assess::choices(out),
                choice,
                please,
            )? {
                Reply::Given(choice) => break choice,
                // Enter is no answer here: every question counts.
                Reply::Empty => views::assess::please(&mut ui.prompt())?,
            }
        };
        answers.insert((*id).to_owned(), choice);
    }
    views::assess::done(&mut ui.prompt())?;
    Ok(())
}

/// The choice an answer names: `y`, `n` or `u`, or the whole word, in the
/// person's language or in English.
fn choice(answer: &str) -> Option<Answer> {
    match i18n::yes_or_no(answer) {
        Some(true) => Some(Answer::Yes),
        Some(false) => Some(Answer::No),
        None => views::assess::is_unsure(answer).then_some(Answer::Unsure),
    }
}

/// Whether to keep the answers with the result: only a yes keeps them.
fn ask_keep(ui: &mut Ui) -> Result<bool> {
    let answer = ui.prompt_line(Asking::ReadinessCheck, |out| views::assess::keep_question(out))?;
    views::assess::done(&mut ui.prompt())?;
    Ok(answer.given().is_some_and(|answer| i18n::yes_or_no(&answer) == Some(true)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_each_question_until_it_has_an_answer() {
        let mut answers = BTreeMap::new();
        let (mut ui, prompts) = Ui::scripted("maybe\ny\nUnsure\n", 80);
        ask(&mut ui, &["abuse", "future"], &mut answers).unwrap();
        assert_eq!(answers["abuse"], "yes");
        assert_eq!(answers["future"], "unsure");
        let prompts = prompts.text();
        assert!(prompts.contains("Please answer y, n or u."));
        assert!(!prompts.contains("nobody else sees"), "the answers are kept where others could read them");
        assert!(prompts.contains("anyone with access to this device"), "{prompts}");
    }

    #[test]
    fn enter_is_no_answer_to_a_question() {
        let mut answers = BTreeMap::new();
        let (mut ui, prompts) = Ui::scripted("\nn\n", 80);
        ask(&mut ui, &["abuse"], &mut answers).unwrap();
        assert_eq!(answers["abuse"], "no");
        let prompts = prompts.text();
        assert_eq!(prompts.matches("  [y/n/u]: ").count(), 2, "{prompts}");
        assert!(prompts.contains("  [y/n/u]:   Please answer y, n or u.\n  [y/n/u]: "), "{prompts}");
    }

    #[test]
    fn end_of_input_records_nothing() {
        let mut answers = BTreeMap::new();
        let (mut ui, _) = Ui::scripted("y\n", 80);
        let err = ask(&mut ui, &["future", "abuse"], &mut answers).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
    }

    #[test]
    fn only_a_yes_keeps_the_answers() {
        for (typed, kept) in [("y\n", true), ("yes\n", true), ("\n", false), ("n\n", false)] {
            assert_eq!(ask_keep(&mut Ui::scripted(typed, 80).0).unwrap(), kept, "{typed:?}");
        }
    }
}
