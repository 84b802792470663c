//! `plan assess`: the readiness check. [`assessment`] computes what the
//! answers came to, which is also `assess --json`; [`render`] writes it as
//! text. [`intro`], [`ask`] and [`keep_question`] are what the check says at
//! a terminal. The questions in words, and `--list`, are in `questions.rs`.

mod questions;

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

pub use questions::{Listed, list, question_text, questions, reason};

use crate::assess::{Question, Verdict};
use crate::safety::Reason;
use crate::state::Readiness;
use crate::text::{Screen, fit, paragraph, question, wrapped};
use crate::views::help;

/// `plan assess`: what the answers came to.
#[derive(Debug, Serialize)]
pub struct Assessment {
    pub date: NaiveDate,
    pub result: Readiness,
    pub reasons: Vec<String>,
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
        reasons: verdict.reasons.into_iter().map(|concern| reason(concern).to_owned()).collect(),
        safety: verdict.safety,
        red_flag: verdict.red_flag,
        answers_kept,
        help: verdict.help,
    }
}

/// What the answers came to.
pub fn render(out: &mut impl Screen, a: &Assessment) -> io::Result<()> {
    let (result, said) = match (a.result, a.red_flag) {
        (Readiness::MoveOn, Some(Reason::Abuse | Reason::Afraid)) => (
            "move on",
            "Your answers say that going back is not safe for you. That is a real answer, and it takes courage to face it.",
        ),
        (Readiness::MoveOn, Some(Reason::TheyAsked)) => {
            ("move on", "They have given their answer. Honouring it is hard, and it is also the way through.")
        }
        (Readiness::MoveOn, Some(Reason::OwnBehaviour)) => (
            "move on",
            "The way forward is no contact, and help to change. That is what taking responsibility looks like here.",
        ),
        (Readiness::MoveOn, None) => (
            "move on",
            "Your answers point away from going back. That is a real answer, and a brave one to face.",
        ),
        (Readiness::Wait, _) if a.help.is_some() => (
            "wait",
            "Hold off on any contact. Something you answered touches on your safety or theirs: talk it through with someone you trust before you decide anything.",
        ),
        (Readiness::Wait, _) => (
            "wait",
            "Give it time. Keep looking after yourself, and take the check again when things have settled: the answer then may point either way.",
        ),
        (Readiness::Proceed, _) => (
            "proceed",
            "Your answers raise no concern. Go gently, at their pace as much as yours, and be ready for their answer to be no.",
        ),
    };
    fit(out, &format!("Result: {result}."))?;
    paragraph(out, said)?;
    if !a.reasons.is_empty() {
        writeln!(out)?;
        fit(out, "Why:")?;
        for reason in &a.reasons {
            wrapped(out, reason, "  - ")?;
        }
    }
    if let Some(reason) = a.help {
        writeln!(out)?;
        paragraph(out, &help::for_reason(reason))?;
    }
    if a.result == Readiness::MoveOn {
        writeln!(out)?;
        paragraph(
            out,
            "`plan switch move-on` follows a playbook for letting go, and keeps everything you have recorded.",
        )?;
    }
    writeln!(out)?;
    if a.answers_kept {
        paragraph(
            out,
            "Your answers are kept with the result, in the plan folder: anyone with access to this \
             device, its sync or an export could read them. `--only-result` keeps the result alone.",
        )
    } else {
        paragraph(out, "Only the result is kept; your answers are not.")
    }
}

/// What the readiness check says before its first question at a terminal:
/// honestly, where the answers go.
pub fn intro(out: &mut impl Screen) -> io::Result<()> {
    paragraph(
        out,
        "Answer honestly: y = yes, n = no, u = unsure. The first questions are about safety, and \
         they decide. The result is kept in the plan folder, and so are your answers if you choose: \
         anyone with access to this device, its sync or an export could read them.",
    )
}

/// Question `number` of `total`, asked at a terminal.
pub fn ask(out: &mut impl Screen, number: usize, total: usize, question: &Question) -> io::Result<()> {
    writeln!(out)?;
    wrapped(out, question_text(question.id), &format!("{number}/{total}. "))
}

/// The choices after each question, the cursor left after them.
pub fn choices(out: &mut impl Screen) -> io::Result<()> {
    write!(out, "  [y/n/u]: ")
}

/// An answer that is not one of the choices, or none.
pub fn please(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out, "  Please answer y, n or u.")
}

/// The end of a run of questions: the line the answer was typed on ends.
pub fn done(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)
}

/// The question after the last: whether to keep the answers too.
pub fn keep_question(out: &mut impl Screen) -> io::Result<()> {
    question(out, "Keep your answers with the result? Enter keeps only the result. [y/N]")
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
