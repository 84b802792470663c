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
use crate::i18n::t;
use crate::text::{Screen, fit, wrapped};

/// Each question in English words, for `--json`, in the order of
/// `crate::assess::QUESTIONS`.
const WORDS: &[Words] = &[
    Words {
        id: ABUSE,
        text: "Was there abuse or control: hurting you, threatening, belittling you, cutting you off from people, or watching your phone or money?",
        reasons: &[
            (
                Answer::Yes,
                "You named abuse or control. Your safety comes first, and what happened was not your fault.",
            ),
            (
                Answer::Unsure,
                "You are not sure whether what happened was abuse or control. That is worth talking through with someone you trust, or a domestic-abuse helpline, before any contact.",
            ),
        ],
    },
    Words {
        id: "afraid",
        text: "Are you afraid of them, or of what they might do if you got in touch?",
        reasons: &[
            (
                Answer::Yes,
                "You are afraid of them. Your safety comes first, and fear is reason enough to stay apart.",
            ),
            (
                Answer::Unsure,
                "Part of you may be afraid of them. Take that seriously, and talk it through with someone you trust before any contact.",
            ),
        ],
    },
    Words {
        id: "they-asked",
        text: "Have they asked you not to contact them, blocked you, or told you clearly that it is over?",
        reasons: &[
            (
                Answer::Yes,
                "They have asked for no contact, blocked you, or said it is over. That is their answer to give, and yours to respect, hard as it is.",
            ),
            (
                Answer::Unsure,
                "You are not sure what they want. Until they show they want contact, leaving them be is the kind choice, for you both.",
            ),
        ],
    },
    Words {
        id: "own-behaviour",
        text: "Was your own behaviour abusive or controlling: hurting them, threatening, belittling them, cutting them off from people, or watching their phone or money?",
        reasons: &[
            (
                Answer::Yes,
                "You named your own behaviour as abusive or controlling. The way forward is no contact, and help to change: that is how you take responsibility for it.",
            ),
            (
                Answer::Unsure,
                "You are not sure whether your behaviour was abusive or controlling. Talk it through with a counsellor, or a service for people worried about their own behaviour, before any contact.",
            ),
        ],
    },
    Words {
        id: "warned",
        text: "Are people who care about you worried about how you were treated, and warning you not to go back?",
        reasons: &[
            (
                Answer::Yes,
                "People who care about you are worried about how you were treated. Their view is worth hearing.",
            ),
            (Answer::Unsure, "Ask someone you trust how they saw the relationship."),
        ],
    },
    Words {
        id: "new-partner",
        text: "Are they with someone new?",
        reasons: &[(
            Answer::Yes,
            "They are with someone new. That is their choice to make, and yours to respect.",
        )],
    },
    Words {
        id: "miss-them",
        text: "Do you miss them as a person, and what the two of you shared, rather than just having someone?",
        reasons: &[
            (Answer::No, "What pulls you back may be something other than them."),
            (Answer::Unsure, "You are not yet sure it is them you miss."),
        ],
    },
    Words {
        id: "lonely",
        text: "Is the pull mostly loneliness, fear of never finding anyone else, or wanting the hurt to stop?",
        reasons: &[
            (Answer::Yes, "Loneliness, fear or pain is doing the asking; give it time to quiet down."),
            (Answer::Unsure, "Part of the pull may be loneliness or fear; give it time."),
        ],
    },
    Words {
        id: "why-it-ended",
        text: "Do you understand why it ended: a fight, drifting apart, broken trust, or something deeper?",
        reasons: &[
            (Answer::No, "Until you know why it ended, the same thing could end it again."),
            (Answer::Unsure, "The reason it ended is not clear to you yet."),
        ],
    },
    Words {
        id: "changed",
        text: "Has something real changed since then, in what either of you does and not only in what was said?",
        reasons: &[
            (Answer::No, "Nothing has changed yet, so the old problems would still be there."),
            (Answer::Unsure, "It is not yet clear that anything has changed."),
        ],
    },
    Words {
        id: "breakup",
        text: "Can you both put behind you what was said and done while breaking up?",
        reasons: &[
            (Answer::No, "The hurt of the breakup itself still stands between you."),
            (Answer::Unsure, "The hurt of the breakup may still stand between you."),
        ],
    },
    Words {
        id: "future",
        text: "Picturing your life ten years from now, do your plans and theirs fit together?",
        reasons: &[
            (Answer::No, "You do not see a future that fits both your lives."),
            (Answer::Unsure, "You cannot yet see a shared future."),
        ],
    },
    Words {
        id: "pros-cons",
        text: "Weighing the good and the bad honestly, did they bring more to your life than they took from it?",
        reasons: &[
            (Answer::No, "By your own count, the relationship took more than it gave."),
            (
                Answer::Unsure,
                "You are not sure it gave more than it took; a written list of the good and the bad may help.",
            ),
        ],
    },
    Words {
        id: "let-go",
        text: "Could you let the past go, without bringing up old hurts or whom they saw while you were apart?",
        reasons: &[
            (Answer::No, "Old hurts would come back with you."),
            (Answer::Unsure, "You may not be ready to let the past rest."),
        ],
    },
    Words {
        id: "commit",
        text: "Are you ready to commit more deeply than you did before?",
        reasons: &[
            (Answer::No, "You are not ready to commit more than before."),
            (Answer::Unsure, "You are not sure you are ready to commit."),
        ],
    },
    Words {
        id: "add-value",
        text: "Did you each make the other's life better, and could you handle the differences that split you?",
        reasons: &[
            (Answer::No, "You did not make each other's lives better, or the differences cannot be bridged."),
            (Answer::Unsure, "It is not clear you were good for each other."),
        ],
    },
];

struct Words {
    id: &'static str,
    text: &'static str,
    reasons: &'static [(Answer, &'static str)],
}

fn words(id: &str) -> Option<&'static Words> {
    WORDS.iter().find(|words| words.id == id)
}

/// What the question `id` asks, in English, for `--json`.
pub fn question_text(id: &str) -> &'static str {
    // Every question has words: a test checks it.
    words(id).map_or("", |words| words.text)
}

/// The reason an answer that raised a concern gives, in English, for `--json`.
pub fn reason(concern: Concern) -> &'static str {
    words(concern.question)
        .and_then(|words| words.reasons.iter().find(|(answer, _)| *answer == concern.answer))
        .map_or("", |(_, reason)| reason)
}

/// What the question `id` asks, in the person's language.
pub fn question_words(id: &str) -> String {
    match id {
        ABUSE => t!("assess-question-abuse"),
        "afraid" => t!("assess-question-afraid"),
        "they-asked" => t!("assess-question-they-asked"),
        "own-behaviour" => t!("assess-question-own-behaviour"),
        "warned" => t!("assess-question-warned"),
        "new-partner" => t!("assess-question-new-partner"),
        "miss-them" => t!("assess-question-miss-them"),
        "lonely" => t!("assess-question-lonely"),
        "why-it-ended" => t!("assess-question-why-it-ended"),
        "changed" => t!("assess-question-changed"),
        "breakup" => t!("assess-question-breakup"),
        "future" => t!("assess-question-future"),
        "pros-cons" => t!("assess-question-pros-cons"),
        "let-go" => t!("assess-question-let-go"),
        "commit" => t!("assess-question-commit"),
        "add-value" => t!("assess-question-add-value"),
        // Every question has words: a test checks it.
        _ => String::new(),
    }
}

/// The reason an answer that raised a concern gives, in the person's language.
pub fn reason_words(concern: Concern) -> String {
    use Answer::{No, Unsure, Yes};
    match (concern.question, concern.answer) {
        (ABUSE, Yes) => t!("assess-reason-abuse-yes"),
        (ABUSE, Unsure) => t!("assess-reason-abuse-unsure"),
        ("afraid", Yes) => t!("assess-reason-afraid-yes"),
        ("afraid", Unsure) => t!("assess-reason-afraid-unsure"),
        ("they-asked", Yes) => t!("assess-reason-they-asked-yes"),
        ("they-asked", Unsure) => t!("assess-reason-they-asked-unsure"),
        ("own-behaviour", Yes) => t!("assess-reason-own-behaviour-yes"),
        ("own-behaviour", Unsure) => t!("assess-reason-own-behaviour-unsure"),
        ("warned", Yes) => t!("assess-reason-warned-yes"),
        ("warned", Unsure) => t!("assess-reason-warned-unsure"),
        ("new-partner", Yes) => t!("assess-reason-new-partner-yes"),
        ("miss-them", No) => t!("assess-reason-miss-them-no"),
        ("miss-them", Unsure) => t!("assess-reason-miss-them-unsure"),
        ("lonely", Yes) => t!("assess-reason-lonely-yes"),
        ("lonely", Unsure) => t!("assess-reason-lonely-unsure"),
        ("why-it-ended", No) => t!("assess-reason-why-it-ended-no"),
        ("why-it-ended", Unsure) => t!("assess-reason-why-it-ended-unsure"),
        ("changed", No) => t!("assess-reason-changed-no"),
        ("changed", Unsure) => t!("assess-reason-changed-unsure"),
        ("breakup", No) => t!("assess-reason-breakup-no"),
        ("breakup", Unsure) => t!("assess-reason-breakup-unsure"),
        ("future", No) => t!("assess-reason-future-no"),
        ("future", Unsure) => t!("assess-reason-future-unsure"),
        ("pros-cons", No) => t!("assess-reason-pros-cons-no"),
        ("pros-cons", Unsure) => t!("assess-reason-pros-cons-unsure"),
        ("let-go", No) => t!("assess-reason-let-go-no"),
        ("let-go", Unsure) => t!("assess-reason-let-go-unsure"),
        ("commit", No) => t!("assess-reason-commit-no"),
        ("commit", Unsure) => t!("assess-reason-commit-unsure"),
        ("add-value", No) => t!("assess-reason-add-value-no"),
        ("add-value", Unsure) => t!("assess-reason-add-value-unsure"),
        // Every concern has words: a test checks it.
        _ => String::new(),
    }
}

/// A question as `assess --list --json` gives it.
#[derive(Debug, Serialize)]
pub struct Listed {
    pub id: &'static str,
    pub text: &'static str,
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
    fn every_question_and_every_concern_has_words_and_no_words_are_left_over() {
        for question in QUESTIONS {
            assert!(!question_text(question.id).is_empty(), "{} asks nothing", question.id);
            for &(answer, _) in question.concerns {
                let concern = Concern { question: question.id, answer };
                assert!(!reason(concern).is_empty(), "{concern:?} gives no reason");
            }
            let words = words(question.id).unwrap();
            assert_eq!(words.reasons.len(), question.concerns.len(), "{}", question.id);
        }
        assert_eq!(WORDS.len(), QUESTIONS.len(), "words for a question the check does not ask");
    }

    #[test]
    fn the_english_of_json_is_the_catalogues_english_word_for_word() {
        // Unit tests speak English: no language is chosen.
        for question in QUESTIONS {
            assert_eq!(question_words(question.id), question_text(question.id), "{}", question.id);
            for &(answer, _) in question.concerns {
                let concern = Concern { question: question.id, answer };
                assert_eq!(reason_words(concern), reason(concern), "{concern:?}");
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
