//! `plan start`: a path chosen (at a terminal), a plan begun on it, and
//! what a plan that ended moving on or paused hands to the next: its count
//! of no contact and its why.

use std::io::Write;

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use super::library::resolve;
use super::ui::Ui;
use crate::cli::StartArgs;

use crate::event::{Change, Dated};
use crate::playbook::{self, Origin, Playbook};
use crate::state::{FutureDay, Outcome, Partner, check_not_future};
use crate::views::ask::{self, Asking};
use crate::views::confirm::{self, Saved};
use crate::views::playbooks;
use crate::views::status;

/// The three ways a person can go, each a bundled playbook, by its id
/// (`views::ask` names them).
pub const PATHS: [&str; 3] = ["four-steps", "move-on", "not-sure-yet"];

/// What a plan that ended moving on or paused hands on to the next (and
/// any plan, its partners: a friend who knows stays one).
struct Carried {
    /// The day of its last contact: no contact goes on counting from it.
    since: NaiveDate,
    why: Option<Dated>,
}

pub fn run(ctx: &mut Ctx, args: &StartArgs) -> Result<()> {
    let today = ctx.today()?;
    let (carried, partners) = carried(ctx, today)?;
    // After an ending that let go, the path offered first is letting go.
    let default = usize::from(carried.is_some());
    let chosen = match &args.playbook {
        Some(playbook) => playbook.clone(),
        None if ctx.ui.interactive() => PATHS[ask_path(&mut ctx.ui, default)?].to_owned(),
        None => PATHS[default].to_owned(),
    };
    let since = match args.since {
        Some(since) => ctx.date(since)?,
        None => carried.as_ref().map_or(today, |carried| carried.since),
    };
    check_not_future(FutureDay::StartSince, since, today)?;
    // Validate everything before the plan folder is touched.
    let found = resolve(ctx, &chosen)?;
    let untranslated = found.source == Origin::Bundled && playbook::untranslated(&found.playbook.id);
    let start =
        Change::Start { playbook: Box::new(found.playbook), source: found.source, started: today, since };
    let why = carried.and_then(|carried| carried.why);
    let also = why
        .iter()
        .map(|why| Change::Why { date: today, text: why.text.clone() })
        .chain(partners.into_iter().map(|partner| Change::Partner {
            name: partner.name,
            recipient: partner.recipient,
            moods: partner.moods,
        }))
        .collect();
    let (state, archived) = ctx.home.start(start, also, args.force)?;
    ctx.ui.saved(Saved::NewPlan);
    let view = confirm::Started {
        title: state.playbook.title.clone(),
        id: state.playbook.id.clone(),
        steps: state.playbook.steps.len(),
        since,
        home: ctx.home.dir.display().to_string(),
        archived,
        why,
        status: status::status(&state, today),
    };
    if untranslated {
        playbooks::untranslated(&mut ctx.ui)?;
        writeln!(ctx.ui)?;
    }
    confirm::started(&mut ctx.ui, &view)?;
    Ok(())
}

/// What the plan here hands on, if it ended moving on or paused; and its partners.
fn carried(ctx: &Ctx, today: NaiveDate) -> Result<(Option<Carried>, Vec<Partner>)> {
    if !ctx.home.has_plan() {
        return Ok((None, Vec::new()));
    }
    let reader = ctx.reader()?;
    let partners = reader.state.partners.clone();
    let letting_go =
        reader.state.ended.is_some_and(|ended| matches!(ended.outcome, Outcome::MovedOn | Outcome::Paused));
    if !letting_go {
        return Ok((None, partners));
    }
    let why = reader.journal()?.whys.pop();
    Ok((Some(Carried { since: reader.state.counter(today).since, why }), partners))
}

/// Ask which way the person wants to go; Enter takes `default`. Returns
/// the index into [`PATHS`].
fn ask_path(ui: &mut Ui, default: usize) -> Result<usize> {
    let paths: Vec<Playbook> = PATHS
        .iter()
        .map(|id| {
            let text = playbook::bundled(id).expect("every path is a bundled playbook");
            playbook::parse(text).expect("bundled playbooks are valid: a test checks them")
        })
        .collect();
    ask::path_choice(&mut ui.prompt(), &paths, default)?;
    let path = ui.prompt_choice(
        Asking::Start,
        |out| ask::path_question(out, default),
        |answer| ask::path_named(answer, &PATHS),
        |out, answer| ask::path_again(out, &answer.to_lowercase()),
    )?;
    Ok(path.given().unwrap_or(default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(typed: &str, default: usize) -> (usize, String) {
        let (mut ui, prompt) = Ui::scripted(typed, 60);
        let path = ask_path(&mut ui, default).unwrap();
        (path, prompt.text())
    }

    #[test]
    fn enter_takes_the_default_and_each_path_says_what_it_is() {
        let (path, prompt) = chosen("\n", 0);
        assert_eq!(path, 0);
        for id in PATHS {
            let name = ask::path_name(id);
            let name = name.as_str();
            assert!(!name.is_empty(), "{id} has a name");
            assert!(prompt.contains(name) && prompt.contains(id), "{prompt}");
        }
        assert!(prompt.lines().all(|line| crate::text::columns(line) <= 60), "{prompt}");
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
        let (mut ui, _) = Ui::scripted("", 80);
        let err = ask_path(&mut ui, 0).unwrap_err();
        assert!(err.to_string().contains("nothing was recorded"));
    }
}
