//! The readiness check in words: what each question asks, and the reason
//! each answer that raises a concern gives, by the question's id (the core,
//! `crate::assess`, holds the ids, the choices and what each weighs); and
//! the questions as `--list` shows them.
//!
//! A person reads them in their language, from the catalogue (`assess`
//! group). `--json` stays as it always was, in English whatever the
//! language: the English words are kept here for it, and a test checks
//! that they are the catalogue's English, word for word.

use std::io;

use serde::Serialize;

use crate::assess::{ABUSE, Answer, Concern, Question};
use crate::i18n::{Speak, t};
use crate::text::{Screen, fit, wrapped};

/// What the question `id` asks, in English, for `--json`.
pub fn question_text(id: &str) -> String {
    question_in(id, Speak::English)
}

/// The reason an answer that raised a concern gives, in English, for `--json`.
pub fn reason(concern: Concern) -> String {
    reason_in(concern, Speak::English)
}

/// What the question `id` asks, in the person's language.
pub fn question_words(id: &str) -> String {
    question_in(id, Speak::Theirs)
}

fn question_in(id: &str, lang: Speak) -> String {
    let message = |id| lang.message(id);
    match id {
        ABUSE => message("assess-question-abuse"),
        "afraid" => message("assess-question-afraid"),
        "they-asked" => message("assess-question-they-asked"),
        "own-behaviour" => message("assess-question-own-behaviour"),
        "warned" => message("assess-question-warned"),
        "new-partner" => message("assess-question-new-partner"),
        "miss-them" => message("assess-question-miss-them"),
        "lonely" => message("assess-question-lonely"),
        "why-it-ended" => message("assess-question-why-it-ended"),
        "changed" => message("assess-question-changed"),
        "breakup" => message("assess-question-breakup"),
        "future" => message("assess-question-future"),
        "pros-cons" => message("assess-question-pros-cons"),
        "let-go" => message("assess-question-let-go"),
        "commit" => message("assess-question-commit"),
        "add-value" => message("assess-question-add-value"),
        // Every question has words: a test checks it.
        _ => String::new(),
    }
}

/// The reason an answer that raised a concern gives, in the person's language.
pub fn reason_words(concern: Concern) -> String {
    reason_in(concern, Speak::Theirs)
}

fn reason_in(concern: Concern, lang: Speak) -> String {
    use Answer::{No, Unsure, Yes};
    let message = |id| lang.message(id);
    match (concern.question, concern.answer) {
        (ABUSE, Yes) => message("assess-reason-abuse-yes"),
        (ABUSE, Unsure) => message("assess-reason-abuse-unsure"),
        ("afraid", Yes) => message("assess-reason-afraid-yes"),
        ("afraid", Unsure) => message("assess-reason-afraid-unsure"),
        ("they-asked", Yes) => message("assess-reason-they-asked-yes"),
        ("they-asked", Unsure) => message("assess-reason-they-asked-unsure"),
        ("own-behaviour", Yes) => message("assess-reason-own-behaviour-yes"),
        ("own-behaviour", Unsure) => message("assess-reason-own-behaviour-unsure"),
        ("warned", Yes) => message("assess-reason-warned-yes"),
        ("warned", Unsure) => message("assess-reason-warned-unsure"),
        ("new-partner", Yes) => message("assess-reason-new-partner-yes"),
        ("miss-them", No) => message("assess-reason-miss-them-no"),
        ("miss-them", Unsure) => message("assess-reason-miss-them-unsure"),
        ("lonely", Yes) => message("assess-reason-lonely-yes"),
        ("lonely", Unsure) => message("assess-reason-lonely-unsure"),
        ("why-it-ended", No) => message("assess-reason-why-it-ended-no"),
        ("why-it-ended", Unsure) => message("assess-reason-why-it-ended-unsure"),
        ("changed", No) => message("assess-reason-changed-no"),
        ("changed", Unsure) => message("assess-reason-changed-unsure"),
        ("breakup", No) => message("assess-reason-breakup-no"),
        ("breakup", Unsure) => message("assess-reason-breakup-unsure"),
        ("future", No) => message("assess-reason-future-no"),
        ("future", Unsure) => message("assess-reason-future-unsure"),
        ("pros-cons", No) => message("assess-reason-pros-cons-no"),
        ("pros-cons", Unsure) => message("assess-reason-pros-cons-unsure"),
        ("let-go", No) => message("assess-reason-let-go-no"),
        ("let-go", Unsure) => message("assess-reason-let-go-unsure"),
        ("commit", No) => message("assess-reason-commit-no"),
        ("commit", Unsure) => message("assess-reason-commit-unsure"),
        ("add-value", No) => message("assess-reason-add-value-no"),
        ("add-value", Unsure) => message("assess-reason-add-value-unsure"),
        // Every concern has words: a test checks it.
        _ => String::new(),
    }
}

/// A question as `assess --list --json` gives it.
#[derive(Debug, Serialize)]
pub struct Listed {
    pub id: &'static str,
    pub text: String,
    pub choices: &'static [Answer],
    /// Asked only when the plan follows this playbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_for: Option<&'static str>,
}

/// The questions, as `assess --list --json` gives them.
pub fn list(questions: &[Question]) -> Vec<Listed> {
    questions
        .iter()
        .map(|question| Listed {
            id: question.id,
            text: question_text(question.id),
            choices: question.choices,
            only_for: question.only_for,
        })
        .collect()
}

/// The questions, for `--list`.
pub fn questions(out: &mut impl Screen, questions: &[Question]) -> io::Result<()> {
    for question in questions {
        let choices: Vec<&str> = question.choices.iter().map(|choice| choice.as_str()).collect();
        fit(out, &format!("{}  ({})", question.id, choices.join(", ")))?;
        wrapped(out, &question_words(question.id), "  ")?;
    }
    writeln!(out)?;
    fit(out, &t!("assess-list-how"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::QUESTIONS;

    #[test]
    fn every_question_and_every_concern_has_words_in_english_for_json() {
        for question in QUESTIONS {
            assert!(!question_text(question.id).is_empty(), "{} asks nothing", question.id);
            for &(answer, _) in question.concerns {
                let concern = Concern { question: question.id, answer };
                assert!(!reason(concern).is_empty(), "{concern:?} gives no reason");
            }
        }
    }

    #[test]
    fn the_reasons_read_as_the_answers_meant() {
        let said = |id: &'static str, answer: Answer| reason(Concern { question: id, answer });
        assert!(said(ABUSE, Answer::Yes).starts_with("You named abuse or control."));
        assert!(said(ABUSE, Answer::Unsure).contains("helpline"));
        assert!(said("lonely", Answer::Unsure).contains("give it time"));
        assert!(said("future", Answer::No).contains("future"));
    }
}
