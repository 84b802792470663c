//! `plan next`: the step you are on, in full, kept to the screen's height.

use std::io::Write;

use anyhow::Result;

use super::Ctx;
use crate::cli::NextArgs;
use crate::text::{self, Columns, Screen};
use crate::views::next;

pub fn run(ctx: &mut Ctx, args: &NextArgs) -> Result<()> {
    let today = ctx.today()?;
    let state = ctx.home.peek()?;
    let index = match &args.step {
        Some(name) => Some(state.step_named(name)?),
        None => None,
    };
    let next = next::next(&state, today, index);
    let out = &mut ctx.ui;
    if args.json {
        text::json(out, &next)?;
        return Ok(());
    }
    let mut page = Columns { inner: Vec::new(), width: out.width() };
    next::render(&mut page, next.as_ref())?;
    let page = String::from_utf8_lossy(&page.inner).into_owned();
    let lines: Vec<&str> = page.lines().collect();
    match out.height() {
        // A screen too short for it all: the top, with the title, and a
        // word on how to see the rest, rather than the title scrolled away.
        Some(rows) if lines.len() >= rows && rows > 4 => {
            let shown = rows - 2;
            for line in &lines[..shown] {
                writeln!(out, "{line}")?;
            }
            let rest = lines.len() - shown;
            let command = index.map_or_else(|| "plan next".to_owned(), |i| format!("plan next {}", i + 1));
            text::fit(out, &format!("… {rest} more lines: `{command} | less -R` shows them all."))?;
        }
        _ => out.write_all(page.as_bytes())?,
    }
    Ok(())
}
