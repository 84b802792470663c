//! `plan assess`: the readiness check, at the terminal or with `--answer`.

use std::collections::BTreeMap;
use std::io::{self, BufRead};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::{Out, interactive, open};
use crate::assess::{self, QUESTIONS};
use crate::cli::AssessArgs;
use crate::error::hinted;
use crate::event::{Change, apply_to};
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
    let missing = assess::missing(&answers);
    if !missing.is_empty() {
        if !interactive() {
            return Err(hinted(
                format!(
                    "{} of {} questions have no answer: {}",
                    missing.len(),
                    QUESTIONS.len(),
                    missing.join(", ")
                ),
                "give each as --answer ID=CHOICE (`plan assess --list` shows them), or run `plan assess` at a terminal",
            ));
        }
        // Refuse an ended plan before anyone answers questions.
        drop(open(home)?);
        let mut prompt = Columns { inner: io::stderr().lock(), width: out.width() };
        ask(&mut io::stdin().lock(), &mut prompt, &missing, &mut answers)?;
    }
    let verdict = assess::verdict(&answers);
    let mut plan = open(home)?;
    let change = Change::Assess { date: today, answers, result: verdict.result };
    apply_to(&mut plan.state, &change);
    plan.save("the readiness check", change)?;
    out.saved("the readiness check");
    drop(plan);
    let assessment = view::assessment(today, verdict);
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
    render::fit(prompt, "Answer honestly; nobody else sees this. y = yes, n = no, u = unsure.")?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_each_question_until_it_has_an_answer() {
        let mut answers = BTreeMap::new();
        let mut prompts = Vec::new();
        ask(&mut "maybe\ny\nUnsure\n".as_bytes(), &mut prompts, &["future", "abuse"], &mut answers).unwrap();
        assert_eq!(answers["future"], "yes");
        assert_eq!(answers["abuse"], "unsure");
        assert!(String::from_utf8(prompts).unwrap().contains("Please answer y, n or u."));
    }

    #[test]
    fn end_of_input_records_nothing() {
        let mut answers = BTreeMap::new();
        let err =
            ask(&mut "y\n".as_bytes(), &mut Vec::new(), &["future", "abuse"], &mut answers).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
    }
}
