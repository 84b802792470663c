//! `plan import`: a plan brought back from the JSON `plan export` wrote.

use crate::error::Result;

use super::Ctx;
use crate::cli::ImportArgs;
use crate::error::{CommandError, Error};
use crate::store::{Home, ReadError, StoreError};
use crate::views::confirm::{self, Saved};
use crate::views::export;

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<()> {
    let out = &mut ctx.ui;
    let file = || args.file.clone();
    let changes = {
        let bytes = Home::read_import(&args.file).map_err(|problem| match problem {
            ReadError::Missing => CommandError::ImportMissing { file: file() },
            problem => CommandError::ImportUnreadable { file: file(), problem },
        })?;
        // The file's bytes go before the commit: memory holds the changes alone.
        export::read(&bytes).map_err(|problem| CommandError::ImportInvalid { file: file(), problem })?
    };
    let (state, archived) = ctx.home.import(changes, args.force).map_err(|err| match err {
        StoreError::AlreadyAPlan { dir } => Error::from(CommandError::ImportOverPlan { dir }),
        err => err.into(),
    })?;
    out.saved(Saved::Imported);
    confirm::imported(out, &state, &args.file.display().to_string(), archived)?;
    Ok(())
}
