//! `plan report`: the whole plan as one HTML page, on stdout or in a file.

use std::io::Write;

use crate::error::Result;

use super::Ctx;
use crate::cli::ReportArgs;
use crate::error::CommandError;
use crate::store::{OutputError, write_private};
use crate::text::visible;
use crate::views::confirm::{self, Saved};
use crate::views::report;

pub fn run(ctx: &mut Ctx, args: &ReportArgs) -> Result<()> {
    let today = ctx.today()?;
    let (view, checkins) = {
        let reader = ctx.reader()?;
        let checkins = reader.checkins(..)?;
        let why = reader.journal()?.whys.pop();
        (report::report(&reader.state, &checkins, why, today), checkins.len())
    };
    let mut page = String::with_capacity(64 * 1024 + checkins * 512);
    report::page(&mut page, &view).map_err(CommandError::ReportUnwritten)?;
    // `-o -` is standard output, as for `plan export`.
    let Some(path) = args.output.as_ref().filter(|path| path.as_os_str() != "-") else {
        ctx.ui.write_all(page.as_bytes())?;
        return Ok(());
    };
    ctx.refuse_plan_folder(path)?;
    let shown = visible(&path.display().to_string()).into_owned();
    write_private(path, page.as_bytes()).map_err(|err| match err {
        OutputError::NotAFile(what) => CommandError::OutputNotAFile { path: path.clone(), what },
        OutputError::Io(err) => CommandError::ReportUnwritable { shown: shown.clone(), err },
    })?;
    ctx.ui.saved(Saved::Report(shown));
    confirm::report_written(&mut ctx.ui, path)?;
    Ok(())
}
