//! `plan start`: a path chosen (at a terminal), a plan begun on it, and
//! what a plan that ended moving on or paused hands to the next: its count
//! of no contact and its why.

use std::io::{self, BufRead};

use anyhow::{Result, bail};
use chrono::NaiveDate;

use super::playbook::resolve;
use super::{Out, interactive};
use crate::cli::StartArgs;
use crate::error::hinted;
use crate::event::{Change, Dated};
use crate::playbook::{self, Playbook};
use crate::render::{Columns, Screen};
use crate::state::{Outcome, State};
use crate::store::Home;
use crate::{render, view};

/// The three ways a person can go, each a bundled playbook.
pub const PATHS: [(&str, &str); 3] =
    [("Try again", "four-steps"), ("Let go", "move-on"), ("Not sure yet", "not-sure-yet")];

/// What a plan that ended moving on or paused hands on to the next.
struct Carried {
    /// The day of its last contact: no contact goes on counting from it.
    since: NaiveDate,
    why: Option<Dated>,
}

#[allow(clippy::disallowed_methods)] // asks at the terminal
pub fn run(home: &Home, args: &StartArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let carried = carried(home, today)?;
    // After an ending that let go, the path offered first is letting go.
    let default = usize::from(carried.is_some());
    let chosen = match &args.playbook {
        Some(playbook) => playbook.clone(),
        None if interactive() => {
            let mut prompt = Columns { inner: io::stderr().lock(), width: out.width() };
            let path = ask_path(&mut io::stdin().lock(), &mut prompt, default)?;
            PATHS[path].1.to_owned()
        }
        None => PATHS[default].1.to_owned(),
    };
    let since = match args.since {
        Some(since) => super::day(Some(since), today)?,
        None => carried.as_ref().map_or(today, |carried| carried.since),
    };
    if since > today {
        return Err(hinted(
            format!("--since {since} is in the future (today is {today})"),
            "--since is the day of your last contact",
        ));
    }
    // Validate everything before the plan folder is touched.
    let found = resolve(home, &chosen)?;
    let mut state = State::new(found.playbook, found.source, today, since);
    let why = carried.and_then(|carried| carried.why);
    let also = why.iter().map(|why| Change::Why { date: today, text: why.text.clone() }).collect();
    let archived = home.start(&mut state, also, args.force)?;
    out.saved("the new plan");
    let view = view::Started {
        title: state.playbook.title.clone(),
        id: state.playbook.id.clone(),
        steps: state.playbook.steps.len(),
        since,
        home: home.dir.display().to_string(),
        archived,
        why,
        status: view::status(&state, today),
    };
    render::started(out, &view)?;
    Ok(())
}

/// What the plan here hands on, if it ended moving on or paused.
fn carried(home: &Home, today: NaiveDate) -> Result<Option<Carried>> {
    if !home.has_plan() {
        return Ok(None);
    }
    let reader = home.reader()?;
    let letting_go =
        reader.state.ended.is_some_and(|ended| matches!(ended.outcome, Outcome::MovedOn | Outcome::Paused));
    if !letting_go {
        return Ok(None);
    }
    let why = reader.journal()?.whys.pop();
    Ok(Some(Carried { since: reader.state.counter(today).since, why }))
}

/// Ask which way the person wants to go; Enter takes `default`. Returns
/// the index into [`PATHS`].
fn ask_path(input: &mut impl BufRead, prompt: &mut impl Screen, default: usize) -> Result<usize> {
    let paths: Vec<(&str, Playbook)> = PATHS
        .iter()
        .map(|(name, id)| {
            let text = playbook::bundled(id).expect("every path is a bundled playbook");
            (*name, playbook::parse(text).expect("bundled playbooks are valid: a test checks them"))
        })
        .collect();
    render::path_choice(prompt, &paths, default)?;
    loop {
        write!(prompt, "{}", render::path_question(default))?;
        prompt.flush()?;
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            writeln!(prompt)?;
            bail!("start cancelled; nothing was recorded");
        }
        let answer = line.trim().to_lowercase();
        if answer.is_empty() {
            return Ok(default);
        }
        let by_name = PATHS.iter().position(|(name, id)| {
            let name = name.to_lowercase();
            answer == name || name.starts_with(&answer) && answer.len() >= 3 || answer == *id
        });
        match answer.parse::<usize>().ok().filter(|n| (1..=PATHS.len()).contains(n)) {
            Some(n) => return Ok(n - 1),
            None => match by_name {
                Some(index) => return Ok(index),
                None => render::path_again(prompt, &answer)?,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(typed: &str, default: usize) -> (usize, String) {
        let mut prompt = Columns { inner: Vec::new(), width: 60 };
        let path = ask_path(&mut typed.as_bytes(), &mut prompt, default).unwrap();
        (path, String::from_utf8(prompt.inner).unwrap())
    }

    #[test]
    fn enter_takes_the_default_and_each_path_says_what_it_is() {
        let (path, prompt) = chosen("\n", 0);
        assert_eq!(path, 0);
        for (name, id) in PATHS {
            assert!(prompt.contains(name) && prompt.contains(id), "{prompt}");
        }
        assert!(prompt.lines().all(|line| render::columns(line) <= 60), "{prompt}");
        assert_eq!(chosen("\n", 1).0, 1);
    }

    #[test]
    fn a_number_or_a_name_chooses_and_anything_else_asks_again() {
        assert_eq!(chosen("3\n", 0).0, 2);
        assert_eq!(chosen("let go\n", 0).0, 1);
        assert_eq!(chosen("not sure\n", 0).0, 2);
        assert_eq!(chosen("move-on\n", 0).0, 1);
        let (path, prompt) = chosen("7\nmaybe\n2\n", 0);
        assert_eq!(path, 1);
        assert!(prompt.contains("`7`"), "{prompt}");
    }

    #[test]
    fn end_of_input_starts_nothing() {
        let mut prompt = Columns { inner: Vec::new(), width: 80 };
        let err = ask_path(&mut "".as_bytes(), &mut prompt, 0).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
    }
}
