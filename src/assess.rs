//! The readiness check (`plan assess`): the questions the guides ask before
//! anyone tries again, and what the answers come to. Pure. Each question
//! is its id, its choices and what each answer weighs; what it asks, and
//! the reason each answer that raises a concern gives, are written in
//! `views::assess`, by the question's id. (Its only words are the refusals
//! of a malformed `--answer`, which clap prints as errors, from the
//! catalogue's `assess` group.)
//!
//! Every answer is `yes`, `no` or `unsure`. The red flags come first: abuse
//! or control, fear, what the other person has asked for, and (on the path
//! after hurting them) the person's own behaviour. A yes to one of the first
//! three, or to the last, names a reason never to make contact: the result
//! is `move-on` whatever else was answered, and only the red flags are given
//! as reasons. Otherwise each question says which answers are a reason to
//! wait and which a reason to move on; the result is the weightiest reason
//! found, or `proceed` when there is none.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::t;
use crate::safety::Reason;
use crate::state::Readiness;

/// An answer to a question of the check, written `yes`, `no` or `unsure`
/// (in `--answer ID=CHOICE`, in the events, in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];

    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
        }
    }

    /// The answer written `text`, exactly.
    pub fn parse(text: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|answer| answer.as_str() == text)
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Answer {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One question of the check.
#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub choices: &'static [Answer],
    /// Asked only when the plan follows this playbook.
    pub only_for: Option<&'static str>,
    /// Each answer that is a concern, with its weight. Answers not listed
    /// raise nothing.
    pub concerns: &'static [(Answer, Readiness)],
    /// A red flag: its concerns speak first, and alone.
    red_flag: bool,
    /// The reason never to make contact that a `yes` names.
    names: Option<Reason>,
}

/// An answer that raised a concern: the question's id and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Concern {
    pub question: &'static str,
    pub answer: Answer,
}

const CHOICES: &[Answer] = &Answer::ALL;

/// The question about abuse or control.
pub const ABUSE: &str = "abuse";

/// The playbook whose check also asks about the person's own behaviour.
pub const AFTER_HURTING: &str = "after-hurting-them";

/// A question that is not a red flag, asked on every path.
const fn plain(id: &'static str, concerns: &'static [(Answer, Readiness)]) -> Question {
    Question { id, choices: CHOICES, only_for: None, concerns, red_flag: false, names: None }
}

/// The questions, in the order they are asked: the red flags first.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: ABUSE,
        choices: CHOICES,
        only_for: None,
        concerns: &[(Answer::Yes, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)],
        red_flag: true,
        names: Some(Reason::Abuse),
    },
    Question {
        id: "afraid",
        choices: CHOICES,
        only_for: None,
        concerns: &[(Answer::Yes, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)],
        red_flag: true,
        names: Some(Reason::Afraid),
    },
    Question {
        id: "they-asked",
        choices: CHOICES,
        only_for: None,
        concerns: &[(Answer::Yes, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)],
        red_flag: true,
        names: Some(Reason::TheyAsked),
    },
    Question {
        id: "own-behaviour",
        choices: CHOICES,
        only_for: Some(AFTER_HURTING),
        concerns: &[(Answer::Yes, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)],
        red_flag: true,
        names: Some(Reason::OwnBehaviour),
    },
    Question {
        id: "warned",
        choices: CHOICES,
        only_for: None,
        concerns: &[(Answer::Yes, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)],
        red_flag: true,
        names: None,
    },
    plain("new-partner", &[(Answer::Yes, Readiness::MoveOn)]),
    plain("miss-them", &[(Answer::No, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("lonely", &[(Answer::Yes, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("why-it-ended", &[(Answer::No, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("changed", &[(Answer::No, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("breakup", &[(Answer::No, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("future", &[(Answer::No, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)]),
    plain("pros-cons", &[(Answer::No, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)]),
    plain("let-go", &[(Answer::No, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("commit", &[(Answer::No, Readiness::Wait), (Answer::Unsure, Readiness::Wait)]),
    plain("add-value", &[(Answer::No, Readiness::MoveOn), (Answer::Unsure, Readiness::Wait)]),
];

/// The question with `id`.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// `ID=CHOICE`, for `--answer`: both must exist. The ids and the choices
/// are the same in every language; the refusal is in the person's.
pub fn parse_answer(text: &str) -> Result<(String, Answer), String> {
    let ids = || QUESTIONS.iter().map(|question| question.id).collect::<Vec<_>>().join(", ");
    let Some((id, choice)) = text.split_once('=') else {
        return Err(t!("assess-answer-not-id-choice", text = text, ids = ids()));
    };
    let (id, choice) = (id.trim(), choice.trim());
    let Some(question) = question(id) else {
        return Err(t!("assess-answer-no-such-question", id = id, ids = ids()));
    };
    let Some(answer) = Answer::parse(choice).filter(|answer| question.choices.contains(answer)) else {
        let choices: Vec<&str> = question.choices.iter().map(|choice| choice.as_str()).collect();
        let choices = choices.join(", ");
        return Err(t!("assess-answer-no-such-choice", choice = choice, id = id, choices = choices));
    };
    Ok((id.to_owned(), answer))
}

/// What a complete set of answers comes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub result: Readiness,
    /// Why: each answer that raised a concern, weightiest first; when a red
    /// flag was raised, only the red flags.
    pub reasons: Vec<Concern>,
    /// Whether a red flag of safety was raised or suspected (abuse, fear,
    /// warnings, the person's own behaviour): the text says where help is.
    pub safety: bool,
    /// The reason never to make contact the answers named, if any.
    pub red_flag: Option<Reason>,
    /// Which help to point to: that of the first red flag raised or
    /// suspected (a worried friend's warning points where abuse does).
    #[serde(skip)]
    pub help: Option<Reason>,
}

/// The questions asked on the path `playbook` (a playbook id), in order.
pub fn asked(playbook: &str) -> impl Iterator<Item = &'static Question> + '_ {
    QUESTIONS.iter().filter(move |question| question.only_for.is_none_or(|only| only == playbook))
}

/// The ids of the questions of the path `playbook` that `answers` leaves out, in order.
pub fn missing(answers: &BTreeMap<String, Answer>, playbook: &str) -> Vec<&'static str> {
    asked(playbook).map(|question| question.id).filter(|id| !answers.contains_key(*id)).collect()
}

/// What `answers` (every question asked answered) come to.
pub fn verdict(answers: &BTreeMap<String, Answer>) -> Verdict {
    let mut concerns: Vec<(Readiness, Concern, bool)> = Vec::new();
    let mut red_flag = None;
    for question in QUESTIONS {
        let Some(&answer) = answers.get(question.id) else { continue };
        if answer == Answer::Yes {
            red_flag = red_flag.or(question.names);
        }
        for &(choice, weight) in question.concerns {
            if choice == answer {
                concerns.push((weight, Concern { question: question.id, answer: choice }, question.red_flag));
            }
        }
    }
    // The red flags speak first and alone: nothing beside them frames going
    // back as something to work towards.
    if concerns.iter().any(|(_, _, red)| *red) {
        concerns.retain(|(_, _, red)| *red);
    }
    let help = QUESTIONS
        .iter()
        .filter(|question| question.red_flag)
        .find(|question| {
            answers
                .get(question.id)
                .is_some_and(|answer| question.concerns.iter().any(|(choice, _)| choice == answer))
        })
        .map(|question| question.names.unwrap_or(Reason::Abuse));
    let safety = help.is_some_and(|reason| reason != Reason::TheyAsked);
    let result = if red_flag.is_some() {
        Readiness::MoveOn
    } else {
        concerns.iter().map(|(weight, _, _)| *weight).max().unwrap_or(Readiness::Proceed)
    };
    // Weightiest first, the questions' order kept within a weight.
    concerns.sort_by_key(|(weight, _, _)| std::cmp::Reverse(*weight));
    Verdict {
        result,
        reasons: concerns.into_iter().map(|(_, concern, _)| concern).collect(),
        safety,
        red_flag,
        help,
    }
}

/// The reason never to make contact that a readiness check recorded before
/// checks named it themselves (its answers are all there is): a yes to abuse.
pub fn red_flag_of(answers: &BTreeMap<String, Answer>) -> Option<Reason> {
    verdict(answers).red_flag
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(answer: Answer) -> BTreeMap<String, Answer> {
        QUESTIONS.iter().map(|q| (q.id.to_owned(), answer)).collect()
    }

    /// The answers a person ready to try again would give.
    fn ready() -> BTreeMap<String, Answer> {
        let mut answers = all(Answer::Yes);
        for id in ["lonely", ABUSE, "afraid", "they-asked", "own-behaviour", "warned", "new-partner"] {
            answers.insert(id.to_owned(), Answer::No);
        }
        answers
    }

    #[test]
    fn ready_answers_proceed_with_no_reasons() {
        let verdict = verdict(&ready());
        assert_eq!(
            verdict,
            Verdict {
                result: Readiness::Proceed,
                reasons: vec![],
                safety: false,
                red_flag: None,
                help: None
            }
        );
    }

    #[test]
    fn abuse_overrides_every_other_answer() {
        let mut answers = ready();
        answers.insert(ABUSE.to_owned(), Answer::Yes);
        let verdict = verdict(&answers);
        assert_eq!(verdict.result, Readiness::MoveOn);
        assert!(verdict.safety);
        assert_eq!(
            verdict.reasons[0],
            Concern { question: ABUSE, answer: Answer::Yes },
            "{:?}",
            verdict.reasons
        );
        assert_eq!(verdict.red_flag, Some(Reason::Abuse));
    }

    #[test]
    fn the_red_flags_are_asked_first() {
        let ids: Vec<&str> = QUESTIONS.iter().take_while(|q| q.red_flag).map(|q| q.id).collect();
        assert_eq!(ids, [ABUSE, "afraid", "they-asked", "own-behaviour", "warned"]);
        assert!(QUESTIONS.iter().skip(ids.len()).all(|q| !q.red_flag), "no red flag after the others");
    }

    #[test]
    fn with_a_red_flag_named_only_the_red_flags_are_reasons_weightiest_first() {
        let mut answers = all(Answer::No);
        answers.insert(ABUSE.to_owned(), Answer::Yes);
        answers.insert("warned".to_owned(), Answer::Yes);
        // Things that would otherwise say "wait", as if going back were work to do.
        answers.insert("lonely".to_owned(), Answer::Yes);
        let verdict = verdict(&answers);
        assert_eq!(verdict.reasons.len(), 2, "{:?}", verdict.reasons);
        assert_eq!(
            verdict.reasons[0],
            Concern { question: ABUSE, answer: Answer::Yes },
            "{:?}",
            verdict.reasons
        );
        assert!(verdict.reasons.iter().all(|r| r.question != "lonely"), "{:?}", verdict.reasons);
    }

    #[test]
    fn what_they_asked_for_can_never_be_answered_with_proceed() {
        for (id, reason) in
            [("they-asked", Some(Reason::TheyAsked)), ("afraid", Some(Reason::Afraid)), ("new-partner", None)]
        {
            let mut answers = ready();
            answers.insert(id.to_owned(), Answer::Yes);
            let verdict = verdict(&answers);
            assert_eq!(verdict.result, Readiness::MoveOn, "{id}");
            assert_eq!(verdict.red_flag, reason, "{id}");
        }
        let mut answers = ready();
        answers.insert("they-asked".to_owned(), Answer::Yes);
        assert!(!verdict(&answers).safety, "their wish is not a danger to point help at");
    }

    #[test]
    fn unsure_about_abuse_waits_names_no_reason_and_points_to_help() {
        let mut answers = ready();
        answers.insert(ABUSE.to_owned(), Answer::Unsure);
        answers.insert("lonely".to_owned(), Answer::Yes);
        let verdict = verdict(&answers);
        assert_eq!((verdict.result, verdict.red_flag, verdict.safety), (Readiness::Wait, None, true));
        assert_eq!(verdict.reasons.len(), 1, "the red flag alone: {:?}", verdict.reasons);
        assert_eq!(
            verdict.reasons[0],
            Concern { question: ABUSE, answer: Answer::Unsure },
            "{:?}",
            verdict.reasons
        );
    }

    #[test]
    fn own_behaviour_is_asked_only_after_hurting_them() {
        assert!(!missing(&BTreeMap::new(), "four-steps").contains(&"own-behaviour"));
        assert!(missing(&BTreeMap::new(), AFTER_HURTING).contains(&"own-behaviour"));
        let mut answers = ready();
        answers.insert("own-behaviour".to_owned(), Answer::Yes);
        assert_eq!(verdict(&answers).red_flag, Some(Reason::OwnBehaviour));
    }

    #[test]
    fn an_old_check_of_twelve_answers_reads_as_before() {
        // The shape of the check before the new red flags: abuse was asked 11th.
        let mut old = ready();
        for id in ["afraid", "they-asked", "own-behaviour", "new-partner"] {
            old.remove(id);
        }
        assert_eq!(verdict(&old).result, Readiness::Proceed);
        old.insert(ABUSE.to_owned(), Answer::Yes);
        assert_eq!(red_flag_of(&old), Some(Reason::Abuse));
    }

    #[test]
    fn loneliness_is_a_reason_to_wait_and_no_future_to_move_on() {
        let mut answers = ready();
        answers.insert("lonely".to_owned(), Answer::Yes);
        assert_eq!(verdict(&answers).result, Readiness::Wait);
        answers.insert("future".to_owned(), Answer::No);
        let verdict = verdict(&answers);
        assert_eq!(verdict.result, Readiness::MoveOn);
        assert_eq!(verdict.reasons.len(), 2);
        assert_eq!(verdict.reasons[0].question, "future", "weightiest first: {:?}", verdict.reasons);
    }

    #[test]
    fn every_question_has_a_concern_and_unique_id() {
        let mut ids: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
        for question in QUESTIONS {
            assert!(!question.concerns.is_empty(), "{}", question.id);
            for (choice, _) in question.concerns {
                assert!(question.choices.contains(choice), "{}: {choice}", question.id);
            }
        }
    }

    #[test]
    fn answers_are_written_as_the_words_they_always_were() {
        let answers: BTreeMap<String, Answer> =
            [("abuse".into(), Answer::No), ("future".into(), Answer::Unsure), ("lonely".into(), Answer::Yes)]
                .into();
        let text = r#"{"abuse":"no","future":"unsure","lonely":"yes"}"#;
        assert_eq!(serde_json::to_string(&answers).unwrap(), text);
        assert_eq!(serde_json::from_str::<BTreeMap<String, Answer>>(text).unwrap(), answers);
        assert_eq!(serde_json::to_string(CHOICES).unwrap(), r#"["yes","no","unsure"]"#);
        assert!(serde_json::from_str::<Answer>(r#""maybe""#).is_err());
    }

    #[test]
    fn answers_name_a_question_and_one_of_its_choices() {
        assert_eq!(parse_answer("future=yes"), Ok(("future".to_owned(), Answer::Yes)));
        assert!(parse_answer("futur=yes").unwrap_err().contains("not a question"));
        assert!(parse_answer("future=maybe").unwrap_err().contains("answer yes, no, unsure"));
        assert!(parse_answer("future").unwrap_err().contains("ID=CHOICE"));
        assert_eq!(missing(&ready(), "four-steps"), Vec::<&str>::new());
        assert_eq!(missing(&BTreeMap::new(), AFTER_HURTING).len(), QUESTIONS.len());
    }
}
