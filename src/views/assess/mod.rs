//! `plan assess`: the readiness check. [`assessment`] computes what the
//! answers came to, which is also `assess --json`; [`render`] writes it as
//! text. [`intro`], [`ask`] and [`keep_question`] are what the check says at
//! a terminal. The questions in words, and `--list`, are in `questions.rs`.

mod questions;

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

pub use questions::{Listed, list, question_text, question_words, questions, reason, reason_words};

use crate::assess::{Concern, Question, Verdict};
use crate::i18n::t;
use crate::safety::Reason;
use crate::state::Readiness;
use crate::text::{Screen, fit, paragraph, question, wrapped};
use crate::views::help;

/// `plan assess`: what the answers came to.
#[derive(Debug, Serialize)]
pub struct Assessment {
    pub date: NaiveDate,
    pub result: Readiness,
    /// Each reason in English words, as `--json` has always given them.
    pub reasons: Vec<String>,
    /// The answers that gave the reasons, which the text words in the
    /// person's language.
    #[serde(skip)]
    pub concerns: Vec<Concern>,
    /// Whether the answers named or suspected a danger: the text says where help is.
    pub safety: bool,
    /// The reason never to make contact the answers named, or `null`.
    pub red_flag: Option<Reason>,
    /// Whether the answers were kept with the result.
    pub answers_kept: bool,
    /// Which help the text points to.
    #[serde(skip)]
    pub help: Option<Reason>,
}

pub fn assessment(date: NaiveDate, verdict: Verdict, answers_kept: bool) -> Assessment {
    Assessment {
        date,
        result: verdict.result,
        reasons: verdict.reasons.iter().map(|&concern| reason(concern)).collect(),
        concerns: verdict.reasons,
        safety: verdict.safety,
        red_flag: verdict.red_flag,
        answers_kept,
        help: verdict.help,
    }
}

/// What the answers came to.
pub fn render(out: &mut impl Screen, a: &Assessment) -> io::Result<()> {
    let said = match (a.result, a.red_flag) {
        (Readiness::MoveOn, Some(Reason::Abuse | Reason::Afraid)) => t!("assess-said-not-safe"),
        (Readiness::MoveOn, Some(Reason::TheyAsked)) => t!("assess-said-they-asked"),
        (Readiness::MoveOn, Some(Reason::OwnBehaviour)) => t!("assess-said-own-behaviour"),
        (Readiness::MoveOn, None) => t!("assess-said-move-on"),
        (Readiness::Wait, _) if a.help.is_some() => t!("assess-said-wait-safety"),
        (Readiness::Wait, _) => t!("assess-said-wait"),
        (Readiness::Proceed, _) => t!("assess-said-proceed"),
    };
    let result = match a.result {
        Readiness::MoveOn => t!("assess-result-move-on"),
        Readiness::Wait => t!("assess-result-wait"),
        Readiness::Proceed => t!("assess-result-proceed"),
    };
    fit(out, &result)?;
    paragraph(out, &said)?;
    if !a.concerns.is_empty() {
        writeln!(out)?;
        fit(out, &t!("assess-why"))?;
        for &concern in &a.concerns {
            wrapped(out, &reason_words(concern), "  - ")?;
        }
    }
    if let Some(reason) = a.help {
        writeln!(out)?;
        paragraph(out, &help::for_reason(reason))?;
    }
    if a.result == Readiness::MoveOn {
        writeln!(out)?;
        paragraph(out, &t!("assess-switch-move-on"))?;
    }
    writeln!(out)?;
    if a.answers_kept {
        paragraph(out, &t!("assess-answers-kept"))
    } else {
        paragraph(out, &t!("assess-answers-not-kept"))
    }
}

/// What the readiness check says before its first question at a terminal:
/// honestly, where the answers go.
pub fn intro(out: &mut impl Screen) -> io::Result<()> {
    paragraph(out, &t!("assess-intro"))
}

/// Question `number` of `total`, asked at a terminal.
pub fn ask(out: &mut impl Screen, number: usize, total: usize, question: &Question) -> io::Result<()> {
    writeln!(out)?;
    wrapped(out, &question_words(question.id), &format!("{number}/{total}. "))
}

/// The choices after each question, the cursor left after them.
pub fn choices(out: &mut impl Screen) -> io::Result<()> {
    write!(out, "  {}: ", t!("assess-choices"))
}

/// An answer that is not one of the choices, or none.
pub fn please(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out, "  {}", t!("assess-please"))
}

/// Whether an answer means "unsure": the language's words for it, or
/// English ones (`u`, `unsure`, `?`).
pub fn is_unsure(answer: &str) -> bool {
    let english = crate::i18n::english("assess-unsure-answers", None);
    crate::i18n::one_of(&t!("assess-unsure-answers"), answer) || crate::i18n::one_of(&english, answer)
}

/// The end of a run of questions: the line the answer was typed on ends.
pub fn done(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)
}

/// The question after the last: whether to keep the answers too.
pub fn keep_question(out: &mut impl Screen) -> io::Result<()> {
    question(out, &t!("assess-keep-question"))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::assess::{ABUSE, Answer, QUESTIONS, verdict};

    #[test]
    fn an_assessment_words_each_reason_weightiest_first() {
        let mut answers: BTreeMap<String, Answer> =
            QUESTIONS.iter().map(|q| (q.id.to_owned(), Answer::Yes)).collect();
        for id in [ABUSE, "afraid", "they-asked", "own-behaviour", "warned", "new-partner"] {
            answers.insert(id.to_owned(), Answer::No);
        }
        answers.insert("future".to_owned(), Answer::No);
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let assessment = assessment(date, verdict(&answers), false);
        assert_eq!(assessment.reasons[0], "You do not see a future that fits both your lives.");
        assert_eq!(
            assessment.reasons[1],
            "Loneliness, fear or pain is doing the asking; give it time to quiet down."
        );
    }
}
