//! `plan archive`: the plans a later start replaced, each kept whole; `plan
//! archive show N`, everything one of them holds.

use crate::error::Result;

use super::Ctx;
use crate::cli::{ArchiveArgs, ArchiveCommand};
use crate::error::CommandError;
use crate::text;
use crate::views::archive;
use crate::views::export;

pub fn run(ctx: &mut Ctx, args: &ArchiveArgs) -> Result<()> {
    if let Some(ArchiveCommand::Show { number, json }) = args.command {
        return show(ctx, number, json || args.json);
    }
    let list = archive::archive(&ctx.home.archived()?);
    if args.json {
        text::json(&mut ctx.ui, &list)?;
    } else {
        archive::render(&mut ctx.ui, &list)?;
    }
    Ok(())
}

/// `plan archive show N`: the plan replayed from its events, as it stood on its last day.
fn show(ctx: &mut Ctx, number: u32, json: bool) -> Result<()> {
    let (archived, changes) = numbered(ctx.home.archived_plans()?, number)?;
    let folded = export::replay(&archived.plan, &changes).expect("a plan's events begin with its start");
    // A reason never to make contact that the current plan's latest check
    // names stands for the archived plan's steps too. A current plan that
    // cannot be read takes nothing away from the archive.
    let standing = ctx.reader().ok().and_then(|reader| reader.state.safety);
    let shown = archive::show(number, &archived, &changes, &folded, standing);
    if json {
        text::json(&mut ctx.ui, &shown)?;
    } else {
        archive::render_show(&mut ctx.ui, &shown)?;
    }
    Ok(())
}

/// Archived plan `number` (1 for the oldest) of `list`, or the error that names how many there are.
pub(super) fn numbered<T>(mut list: Vec<T>, number: u32) -> Result<T> {
    let index = usize::try_from(number).unwrap_or(usize::MAX) - 1;
    if index >= list.len() {
        return Err(CommandError::NoArchivedPlan { number, count: list.len() }.into());
    }
    Ok(list.swap_remove(index))
}
