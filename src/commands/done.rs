//! `plan done`: complete a step, or tick a task of one.

use crate::error::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::cli::DoneArgs;
use crate::error::CommandError;
use crate::event::Change;
use crate::playbook::{StepIndex, prerequisites};
use crate::schedule::Blocked;
use crate::state::{Refusal, State};
use crate::views::confirm::{self, Saved};
use crate::views::hooks::{HookEvent, StepEvent, StepOfEvent};

pub fn run(ctx: &mut Ctx, args: &DoneArgs) -> Result<()> {
    let today = ctx.today()?;
    match args.target.as_deref().and_then(|target| target.parse::<usize>().ok()) {
        Some(number) => tick(ctx, args.step.as_deref(), number),
        None => complete(ctx, args, today),
    }
}

/// `plan done N`: tick task N of the current step, or of `--step`.
fn tick(ctx: &mut Ctx, step: Option<&str>, number: usize) -> Result<()> {
    let (ticked, title, text) = {
        let mut plan = ctx.open()?;
        let index = match step {
            Some(id) => tickable(&plan.state, plan.state.step_named(id)?)?,
            None => shown_by_next(&plan.state)?,
        };
        let step = plan.state.playbook.step(index);
        let text = step.tasks.get(number.wrapping_sub(1)).cloned().unwrap_or_default();
        let (title, id, playbook) = (step.title.clone(), step.id.clone(), plan.state.playbook.id.clone());
        plan.state.check_tick(index, number)?;
        let already = plan.state.is_ticked(&id, number);
        // Written even when ticked here already: another device may have
        // taken the tick back without seeing it.
        plan.save(
            &Saved::Tick(number).to_string(),
            Change::Tick { step: id, task: number, playbook: Some(playbook) },
        )?;
        (!already, title, text)
    };
    if !ticked {
        confirm::already_ticked(&mut ctx.ui, number, &title)?;
        return Ok(());
    }
    ctx.ui.saved(Saved::Tick(number));
    confirm::ticked(&mut ctx.ui, number, &title, &text)?;
    Ok(())
}

/// `plan done`, `plan done STEP_ID`: complete a step.
fn complete(ctx: &mut Ctx, args: &DoneArgs, today: NaiveDate) -> Result<()> {
    let (state, index, what) = {
        let mut plan = ctx.open()?;
        let index = match (args.step.as_deref(), args.target.as_deref()) {
            (Some(_), Some(target)) => {
                return Err(CommandError::NotATask { target: target.to_owned() }.into());
            }
            (Some(id), None) | (None, Some(id)) => plan.state.step_named(id)?,
            (None, None) => shown_by_next(&plan.state)?,
        };
        plan.state.check_complete(index, today)?;
        let what = Saved::Step(index.number());
        let step = plan.state.playbook.step(index).id.clone();
        let playbook = Some(plan.state.playbook.id.clone());
        plan.save(&what.to_string(), Change::Done { step, date: today, playbook })?;
        (plan.state.clone(), index, what)
    };
    ctx.ui.saved(what);
    let step = state.playbook.step(index);
    ctx.ui.hook(&HookEvent::StepDone(StepEvent {
        date: today,
        playbook: state.playbook.id.clone(),
        step: StepOfEvent {
            id: step.id.clone(),
            title: step.title.clone(),
            phase: step.phase,
            number: index.number(),
        },
    }));
    confirm::step_done(&mut ctx.ui, &confirm::StepCompleted::new(&state, index))?;
    Ok(())
}

/// A step's tasks can be ticked once it is current, and after it is done.
fn tickable(state: &State, index: StepIndex) -> Result<StepIndex, Refusal> {
    let progress = state.progress();
    if progress.done_on(index).is_some() || progress.current().contains(&index) {
        return Ok(index);
    }
    let waiting = prerequisites(&state.playbook, index.get())
        .into_iter()
        .map(StepIndex::new)
        .filter(|&i| !state.is_done(i))
        .map(|i| state.playbook.name(i))
        .collect();
    Err(Refusal::StepBlocked { step: state.playbook.name(index), why: Blocked::Waiting(waiting) })
}

/// The step a bare `plan done` or `plan done N` acts on: the one `plan
/// next` shows, the first current step. Another is named by its id.
fn shown_by_next(state: &State) -> Result<StepIndex, Refusal> {
    state.progress().first().ok_or(Refusal::AllDone)
}
