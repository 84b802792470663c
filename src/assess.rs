//! The readiness check (`plan assess`): the questions the guides ask before
//! anyone tries again, and what the answers come to. Pure.
//!
//! Every answer is `yes`, `no` or `unsure`. Each question says which answers
//! are a reason to wait and which a reason to move on; the result is the
//! weightiest reason found, or `proceed` when there is none. A yes to the
//! abuse question is `move-on` whatever else was answered.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::state::Readiness;

/// One question of the check.
#[derive(Debug, Serialize)]
pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    pub choices: &'static [&'static str],
    /// What each answer that is a concern means: the answer, its weight and
    /// the reason in words. Answers not listed raise nothing.
    #[serde(skip)]
    concerns: &'static [(&'static str, Readiness, &'static str)],
}

const CHOICES: &[&str] = &["yes", "no", "unsure"];

/// The question whose `yes` overrides every other answer.
pub const ABUSE: &str = "abuse";

/// The questions, in the order they are asked.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: "miss-them",
        text: "Do you miss them as a person, and what the two of you shared, rather than just having someone?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::Wait, "What pulls you back may be something other than them."),
            ("unsure", Readiness::Wait, "You are not yet sure it is them you miss."),
        ],
    },
    Question {
        id: "lonely",
        text: "Is the pull mostly loneliness, fear of never finding anyone else, or wanting the hurt to stop?",
        choices: CHOICES,
        concerns: &[
            (
                "yes",
                Readiness::Wait,
                "Loneliness, fear or pain is doing the asking; give it time to quiet down.",
            ),
            ("unsure", Readiness::Wait, "Part of the pull may be loneliness or fear; give it time."),
        ],
    },
    Question {
        id: "why-it-ended",
        text: "Do you understand why it ended: a fight, drifting apart, broken trust, or something deeper?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::Wait, "Until you know why it ended, the same thing could end it again."),
            ("unsure", Readiness::Wait, "The reason it ended is not clear to you yet."),
        ],
    },
    Question {
        id: "changed",
        text: "Has something real changed since then, in what either of you does and not only in what was said?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::Wait, "Nothing has changed yet, so the old problems would still be there."),
            ("unsure", Readiness::Wait, "It is not yet clear that anything has changed."),
        ],
    },
    Question {
        id: "breakup",
        text: "Can you both put behind you what was said and done while breaking up?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::Wait, "The hurt of the breakup itself still stands between you."),
            ("unsure", Readiness::Wait, "The hurt of the breakup may still stand between you."),
        ],
    },
    Question {
        id: "future",
        text: "Picturing your life ten years from now, do your plans and theirs fit together?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::MoveOn, "You do not see a future that fits both your lives."),
            ("unsure", Readiness::Wait, "You cannot yet see a shared future."),
        ],
    },
    Question {
        id: "pros-cons",
        text: "Weighing the good and the bad honestly, did they bring more to your life than they took from it?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::MoveOn, "By your own count, the relationship took more than it gave."),
            (
                "unsure",
                Readiness::Wait,
                "You are not sure it gave more than it took; a written list of pros and cons may help.",
            ),
        ],
    },
    Question {
        id: "let-go",
        text: "Could you let the past go, without bringing up old hurts or whom they saw while you were apart?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::Wait, "Old hurts would come back with you."),
            ("unsure", Readiness::Wait, "You may not be ready to let the past rest."),
        ],
    },
    Question {
        id: "commit",
        text: "Are you ready to commit more deeply than you did before?",
        choices: CHOICES,
        concerns: &[
            ("no", Readiness::Wait, "You are not ready to commit more than before."),
            ("unsure", Readiness::Wait, "You are not sure you are ready to commit."),
        ],
    },
    Question {
        id: "add-value",
        text: "Did you each make the other's life better, and could you handle the differences that split you?",
        choices: CHOICES,
        concerns: &[
            (
                "no",
                Readiness::MoveOn,
                "You did not make each other's lives better, or the differences cannot be bridged.",
            ),
            ("unsure", Readiness::Wait, "It is not clear you were good for each other."),
        ],
    },
    Question {
        id: ABUSE,
        text: "Was there physical or emotional abuse or control: hurting, threatening, belittling, cutting you off from people, or watching your phone or money?",
        choices: CHOICES,
        concerns: &[
            (
                "yes",
                Readiness::MoveOn,
                "There was abuse or control. Every guide this plan draws on advises against going back to it.",
            ),
            (
                "unsure",
                Readiness::Wait,
                "You are not sure whether what happened was abuse. Talk it through with someone you trust, or a domestic-abuse helpline, before anything else.",
            ),
        ],
    },
    Question {
        id: "warned",
        text: "Are people who care about you worried about how you were treated, and warning you not to go back?",
        choices: CHOICES,
        concerns: &[
            (
                "yes",
                Readiness::MoveOn,
                "People who care about you are worried about how you were treated; their view is worth hearing.",
            ),
            ("unsure", Readiness::Wait, "Ask someone you trust how they saw the relationship."),
        ],
    },
];

/// The question with `id`.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// `ID=CHOICE`, for `--answer`: both must exist.
pub fn parse_answer(text: &str) -> Result<(String, String), String> {
    let ids = || QUESTIONS.iter().map(|question| question.id).collect::<Vec<_>>().join(", ");
    let Some((id, choice)) = text.split_once('=') else {
        return Err(format!("`{text}` is not ID=CHOICE, such as `future=yes`; the ids are {}", ids()));
    };
    let (id, choice) = (id.trim(), choice.trim());
    let Some(question) = question(id) else {
        return Err(format!("`{id}` is not a question of the check; the ids are {}", ids()));
    };
    if !question.choices.contains(&choice) {
        return Err(format!("`{choice}` is not an answer to `{id}`; answer {}", question.choices.join(", ")));
    }
    Ok((id.to_owned(), choice.to_owned()))
}

/// What a complete set of answers comes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub result: Readiness,
    /// Why, one sentence for each answer that raised a concern, weightiest first.
    pub reasons: Vec<String>,
    /// Whether abuse or control was named or suspected: say where help is.
    pub safety: bool,
}

/// The ids of the questions `answers` leaves out, in order.
pub fn missing(answers: &BTreeMap<String, String>) -> Vec<&'static str> {
    QUESTIONS.iter().map(|question| question.id).filter(|id| !answers.contains_key(*id)).collect()
}

/// What `answers` (every question answered) come to.
pub fn verdict(answers: &BTreeMap<String, String>) -> Verdict {
    let mut concerns: Vec<(Readiness, &str)> = Vec::new();
    for question in QUESTIONS {
        let Some(answer) = answers.get(question.id) else { continue };
        for &(choice, weight, reason) in question.concerns {
            if choice == answer {
                concerns.push((weight, reason));
            }
        }
    }
    let abuse = answers.get(ABUSE).map(String::as_str);
    let warned = answers.get("warned").map(String::as_str);
    let safety = abuse.is_some_and(|a| a != "no") || warned == Some("yes");
    let result = if abuse == Some("yes") {
        // The red flag decides, whatever else was answered.
        Readiness::MoveOn
    } else {
        concerns.iter().map(|(weight, _)| *weight).max().unwrap_or(Readiness::Proceed)
    };
    // Weightiest first, the questions' order kept within a weight.
    concerns.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    Verdict { result, reasons: concerns.into_iter().map(|(_, reason)| reason.to_owned()).collect(), safety }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(answer: &str) -> BTreeMap<String, String> {
        QUESTIONS.iter().map(|q| (q.id.to_owned(), answer.to_owned())).collect()
    }

    /// The answers a person ready to try again would give.
    fn ready() -> BTreeMap<String, String> {
        let mut answers = all("yes");
        for id in ["lonely", ABUSE, "warned"] {
            answers.insert(id.to_owned(), "no".to_owned());
        }
        answers
    }

    #[test]
    fn ready_answers_proceed_with_no_reasons() {
        let verdict = verdict(&ready());
        assert_eq!(verdict, Verdict { result: Readiness::Proceed, reasons: vec![], safety: false });
    }

    #[test]
    fn abuse_overrides_every_other_answer() {
        let mut answers = ready();
        answers.insert(ABUSE.to_owned(), "yes".to_owned());
        let verdict = verdict(&answers);
        assert_eq!(verdict.result, Readiness::MoveOn);
        assert!(verdict.safety);
        assert!(verdict.reasons[0].contains("abuse"), "{:?}", verdict.reasons);
    }

    #[test]
    fn loneliness_is_a_reason_to_wait_and_no_future_to_move_on() {
        let mut answers = ready();
        answers.insert("lonely".to_owned(), "yes".to_owned());
        assert_eq!(verdict(&answers).result, Readiness::Wait);
        answers.insert("future".to_owned(), "no".to_owned());
        let verdict = verdict(&answers);
        assert_eq!(verdict.result, Readiness::MoveOn);
        assert_eq!(verdict.reasons.len(), 2);
        assert!(verdict.reasons[0].contains("future"), "weightiest first: {:?}", verdict.reasons);
    }

    #[test]
    fn every_question_has_a_concern_and_unique_id() {
        let mut ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
        for question in QUESTIONS {
            assert!(!question.concerns.is_empty(), "{}", question.id);
            for (choice, _, _) in question.concerns {
                assert!(question.choices.contains(choice), "{}: {choice}", question.id);
            }
        }
    }

    #[test]
    fn answers_name_a_question_and_one_of_its_choices() {
        assert_eq!(parse_answer("future=yes"), Ok(("future".to_owned(), "yes".to_owned())));
        assert!(parse_answer("futur=yes").unwrap_err().contains("not a question"));
        assert!(parse_answer("future=maybe").unwrap_err().contains("answer yes, no, unsure"));
        assert!(parse_answer("future").unwrap_err().contains("ID=CHOICE"));
        assert_eq!(missing(&ready()), Vec::<&str>::new());
        assert_eq!(missing(&BTreeMap::new()).len(), QUESTIONS.len());
    }
}
