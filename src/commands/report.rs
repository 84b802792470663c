//! `plan report`: the whole plan as one HTML page, on stdout or in a file.

use std::io::Write;

use anyhow::{Context, Result};
use chrono::NaiveDate;

use super::Out;
use crate::cli::ReportArgs;
use crate::error::hinted;
use crate::render;
use crate::render::visible;
use crate::report;
use crate::store::{Home, write_private};

pub fn run(home: &Home, args: &ReportArgs, today: NaiveDate, out: &mut Out) -> Result<()> {
    let reader = home.reader()?;
    let mut checkins = Vec::new();
    for month in reader.months() {
        checkins.extend(reader.month(&month)?);
    }
    let why = reader.journal()?.whys.pop();
    let view = report::report(&reader.state, &checkins, why, today);
    drop(reader);
    let mut page = String::with_capacity(64 * 1024 + checkins.len() * 512);
    report::page(&mut page, &view).context("could not write the report")?;
    let Some(path) = &args.output else {
        out.write_all(page.as_bytes())?;
        return Ok(());
    };
    let shown = visible(&path.display().to_string()).into_owned();
    if home.holds(path) {
        return Err(hinted(
            format!("{shown} is in the plan folder, which only plan itself writes"),
            "nothing was written; name a file somewhere else, such as your home folder",
        ));
    }
    write_private(path, page.as_bytes()).with_context(|| format!("could not write the report to {shown}"))?;
    out.saved(format!("the report {shown}"));
    render::fit(out, &format!("Your report is in {shown}. Open it in a browser, or print it."))?;
    render::fit(out, "It holds your notes, so it is readable by you alone; keep it somewhere private.")?;
    Ok(())
}
