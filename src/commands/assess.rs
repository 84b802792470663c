//! `plan assess`: the readiness check, at the terminal or with `--answer`.

use std::collections::BTreeMap;
use std::io::{self, BufRead};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{Out, interactive, open};
use crate::assess::{self, QUESTIONS};
use crate::cli::AssessArgs;
use crate::error::hinted;
use crate::event::Change;
use crate::render::{Columns, Screen};
use crate::store::Home;
use crate::{render, view};

#[allow(clippy::disallowed_methods)] // asks at the terminal
pub fn run(home: &Home, args: AssessArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    if args.list {
        return if args.json {
            render::json(out, &QUESTIONS).map_err(Into::into)
        } else {
            render::questions(out, QUESTIONS).map_err(Into::into)
        };
    }
    let mut answers: BTreeMap<String, String> = args.answers.into_iter().collect();
    // Refuse an ended plan before anyone answers questions; the path decides
    // which questions are asked.
    let playbook = open(home)?.state.playbook.id.clone();
    let missing = assess::missing(&answers, &playbook);
    let mut keep = !args.only_result;
    if !missing.is_empty() {
        if !interactive() {
            return Err(hinted(
                format!(
                    "{} of {} questions have no answer: {}",
                    missing.len(),
                    assess::asked(&playbook).count(),
                    missing.join(", ")
                ),
                "give each as --answer ID=CHOICE (`plan assess --list` shows them), or run `plan assess` at a terminal",
            ));
        }
        let mut prompt = Columns { inner: io::stderr().lock(), width: out.width() };
        let mut input = io::stdin().lock();
        ask(&mut input, &mut prompt, &missing, &mut answers)?;
        if keep {
            keep = ask_keep(&mut input, &mut prompt)?;
        }
    }
    let verdict = assess::verdict(&answers);
    let mut plan = open(home)?;
    let kept = if keep { answers } else { BTreeMap::new() };
    let change =
        Change::Assess { date: today, answers: kept, result: verdict.result, red_flag: verdict.red_flag };
    plan.save("the readiness check", change)?;
    out.saved("the readiness check");
    drop(plan);
    let assessment = view::assessment(today, verdict, keep);
    if args.json {
        render::json(out, &assessment)?;
    } else {
        render::assessment(out, &assessment)?;
    }
    Ok(())
}

/// Ask each question of `ids` in turn: `y`, `n` or `u` (or the whole word).
fn ask(
    input: &mut impl BufRead,
    prompt: &mut impl Screen,
    ids: &[&str],
    answers: &mut BTreeMap<String, String>,
) -> Result<()> {
    render::assess_intro(prompt)?;
    for (i, id) in ids.iter().enumerate() {
        let question = assess::question(id).expect("ids come from the questions");
        writeln!(prompt)?;
        render::wrapped(prompt, question.text, &format!("{}/{}. ", i + 1, ids.len()))?;
        loop {
            write!(prompt, "  [y/n/u]: ")?;
            prompt.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                writeln!(prompt)?;
                bail!("readiness check cancelled; nothing was recorded");
            }
            let choice = match line.trim().to_lowercase().as_str() {
                "y" | "yes" => "yes",
                "n" | "no" => "no",
                "u" | "unsure" | "?" => "unsure",
                _ => {
                    writeln!(prompt, "  Please answer y, n or u.")?;
                    continue;
                }
            };
            answers.insert((*id).to_owned(), choice.to_owned());
            break;
        }
    }
    writeln!(prompt)?;
    Ok(())
}

/// Whether to keep the answers with the result: only a yes keeps them.
fn ask_keep(input: &mut impl BufRead, prompt: &mut impl Screen) -> Result<bool> {
    render::assess_keep_question(prompt)?;
    prompt.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        writeln!(prompt)?;
        bail!("readiness check cancelled; nothing was recorded");
    }
    writeln!(prompt)?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_each_question_until_it_has_an_answer() {
        let mut answers = BTreeMap::new();
        let mut prompts = Vec::new();
        ask(&mut "maybe\ny\nUnsure\n".as_bytes(), &mut prompts, &["abuse", "future"], &mut answers).unwrap();
        assert_eq!(answers["abuse"], "yes");
        assert_eq!(answers["future"], "unsure");
        let prompts = String::from_utf8(prompts).unwrap();
        assert!(prompts.contains("Please answer y, n or u."));
        assert!(!prompts.contains("nobody else sees"), "the answers are kept where others could read them");
        assert!(prompts.contains("anyone with access to this device"), "{prompts}");
    }

    #[test]
    fn end_of_input_records_nothing() {
        let mut answers = BTreeMap::new();
        let err =
            ask(&mut "y\n".as_bytes(), &mut Vec::new(), &["future", "abuse"], &mut answers).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
    }

    #[test]
    fn only_a_yes_keeps_the_answers() {
        for (typed, kept) in [("y\n", true), ("yes\n", true), ("\n", false), ("n\n", false)] {
            assert_eq!(ask_keep(&mut typed.as_bytes(), &mut Vec::new()).unwrap(), kept, "{typed:?}");
        }
    }
}
