//! The questions at a terminal in the person's language: a yes-or-no
//! answer (`s` in Spanish, `j` in German) and the translated option words
//! are taken, and so are the English ones.

use serde_json::Value;

use crate::harness::{Env, text};

const TODAY: &str = "2026-11-24";

/// `plan ARGS` at a terminal (a pty made by `script`) with `PLAN_LANG=lang`,
/// and `input` typed: whether it succeeded, and what the screen showed.
fn at_terminal_in(env: &Env, lang: &str, args: &str, input: &str) -> (bool, String) {
    let out = env.at_terminal_with(&[("PLAN_LANG", lang)], args, input);
    (out.status.success(), text(&out.stdout).replace("\r\n", "\n"))
}

fn started() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-10", &["start", "--since", "2026-11-10"]).assert().success();
    env
}

fn today(env: &Env) -> Value {
    env.json(&["log", "--json"]).as_array().unwrap().iter().find(|day| day["date"] == TODAY).unwrap().clone()
}

#[test]
fn a_spanish_yes_to_the_contact_question_is_taken_and_asks_which_kind() {
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "es", "checkin", "6\n3\ns\ndesliz\n\n");
    assert!(ok, "{screen}");
    assert!(screen.contains("¿Hubo contacto hoy?") && screen.contains("[none]: "), "{screen}");
    assert!(screen.contains("¿Qué tipo de contacto?"), "`s` is a yes: {screen}");
    assert!(!screen.contains("no es una de las respuestas"), "{screen}");
    let day = today(&env);
    assert_eq!((day["mood"].clone(), day["urge"].clone()), (6.into(), 3.into()), "{day}");
    assert_eq!(day["contact"], "initiated", "{day}");
    // A no, in Spanish words, is no contact.
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "es", "checkin", "7\n\nno\n\n");
    assert!(ok, "{screen}");
    assert!(!screen.contains("¿Qué tipo de contacto?"), "{screen}");
    assert_eq!(today(&env)["contact"], "none");
}

#[test]
fn a_german_yes_to_the_contact_question_is_taken_and_asks_which_kind() {
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "de", "checkin", "6\n3\nj\nausrutscher\n\n");
    assert!(ok, "{screen}");
    assert!(screen.contains("Gab es heute Kontakt?"), "{screen}");
    assert!(screen.contains("Welche Art von Kontakt?"), "`j` is a yes: {screen}");
    assert!(!screen.contains("keine der Antworten"), "{screen}");
    assert_eq!(today(&env)["contact"], "initiated");
    // `nein` is no contact; an English value is understood too.
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "de", "checkin", "7\n\nnein\n\n");
    assert!(ok, "{screen}");
    assert_eq!(today(&env)["contact"], "none");
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "de", "checkin", "7\n\nja\nlogistics\n\n");
    assert!(ok, "{screen}");
    assert_eq!(today(&env)["contact"], "logistics");
}

#[test]
fn an_answer_that_is_no_kind_is_asked_again_in_the_language() {
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "es", "checkin", "11\n5\n\n\n\n");
    assert!(ok, "{screen}");
    assert!(screen.contains("`11` no es una de las respuestas"), "{screen}");
    assert_eq!(today(&env)["mood"], 5);
}

#[test]
fn english_letters_keep_their_meaning_in_english() {
    // `s` is a slip in English, and a yes asks which kind.
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "en", "checkin", "6\n\ns\n\n");
    assert!(ok, "{screen}");
    assert_eq!(today(&env)["contact"], "initiated");
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "en", "checkin", "6\n\ny\nlogistics\n\n");
    assert!(ok, "{screen}");
    assert!(screen.contains("Which kind of contact?"), "{screen}");
    assert_eq!(today(&env)["contact"], "logistics");
    // Each kind is listed with its number, in the person's words.
    let env = started();
    let (ok, screen) = at_terminal_in(&env, "de", "checkin", "6\n\nj\n2\n\n");
    assert!(ok, "{screen}");
    assert!(screen.contains("2. ein Ausrutscher  (initiated)"), "{screen}");
    assert_eq!(today(&env)["contact"], "initiated");
}

#[test]
fn the_notes_choice_takes_the_words_of_the_language() {
    let env = started();
    env.plan(&["checkin", "--mood", "5", "--note", "Una tarde dura."]).assert().success();
    // `s`, sustituir: replace.
    let (ok, screen) = at_terminal_in(&env, "es", "checkin", "\n\n\ns\nUna tarde mejor.\n");
    assert!(ok, "{screen}");
    let flat = screen.replace('\n', " ");
    assert!(flat.contains("Escribe conservar, añadir, sustituir o borrar [conservar]"), "{screen}");
    assert_eq!(today(&env)["notes"], serde_json::json!(["Una tarde mejor."]));
    // `dazu`, in German: a note beside it.
    let (ok, screen) = at_terminal_in(&env, "de", "checkin", "\n\n\ndazu\nSpäter Tee.\n");
    assert!(ok, "{screen}");
    assert_eq!(today(&env)["notes"], serde_json::json!(["Una tarde mejor.", "Später Tee."]));
}

#[test]
fn a_path_is_chosen_by_its_name_in_the_language() {
    for (lang, typed, id) in [
        ("es", "soltar\n", "move-on"),
        ("de", "noch unsicher\n", "not-sure-yet"),
        ("es", "let go\n", "move-on"),
    ] {
        let env = Env::new(TODAY);
        let (ok, screen) = at_terminal_in(&env, lang, "start", typed);
        assert!(ok, "{screen}");
        assert_eq!(env.json(&["status", "--json"])["playbook"]["id"], id, "{lang} {typed:?}: {screen}");
    }
}
