//! `plan report`: the whole plan as one HTML page, on stdout or in a file.

use std::io::Write;

use anyhow::{Context, Result};

use super::Ctx;
use crate::cli::ReportArgs;
use crate::error::hinted;
use crate::store::write_private;
use crate::text::{self, visible};
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
    report::page(&mut page, &view).context("could not write the report")?;
    let Some(path) = &args.output else {
        ctx.ui.write_all(page.as_bytes())?;
        return Ok(());
    };
    let shown = visible(&path.display().to_string()).into_owned();
    if ctx.home.holds(path) {
        return Err(hinted(
            format!("{shown} is in the plan folder, which only plan itself writes"),
            "nothing was written; name a file somewhere else, such as your home folder",
        ));
    }
    write_private(path, page.as_bytes()).with_context(|| format!("could not write the report to {shown}"))?;
    ctx.ui.saved(format!("the report {shown}"));
    text::fit(&mut ctx.ui, &format!("Your report is in {shown}. Open it in a browser, or print it."))?;
    text::fit(
        &mut ctx.ui,
        "It holds your notes, so it is readable by you alone; keep it somewhere private.",
    )?;
    Ok(())
}
