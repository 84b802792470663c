//! `plan log`: the check-ins, newest first, of this plan or an archived one.

use crate::error::Result;
use chrono::{Days, NaiveDate};

use super::Ctx;
use super::archive::numbered;
use crate::cli::LogArgs;
use crate::text;
use crate::views::log;

pub fn run(ctx: &mut Ctx, args: &LogArgs) -> Result<()> {
    let today = ctx.today()?;
    if let Some(number) = args.archived {
        let (_, mut entries) = numbered(ctx.home.archived()?, number)?;
        entries.reverse();
        if args.json {
            text::json(&mut ctx.ui, &entries)?;
        } else {
            log::render(&mut ctx.ui, &entries, None, entries.len())?;
        }
        return Ok(());
    }
    let from =
        args.days.map(|n| today.checked_sub_days(Days::new(u64::from(n) - 1)).unwrap_or(NaiveDate::MIN));
    let (entries, total) = {
        let reader = ctx.reader()?;
        let mut entries = reader.checkins(from.unwrap_or(NaiveDate::MIN)..)?;
        entries.reverse();
        (entries, reader.state.checkins)
    };
    if args.json {
        text::json(&mut ctx.ui, &entries)?;
    } else {
        log::render(&mut ctx.ui, &entries, args.days, total)?;
    }
    Ok(())
}
