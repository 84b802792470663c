use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::cli::LogArgs;
use crate::error::hinted;
use crate::render;
use crate::render::Screen;
use crate::state::month_key;
use crate::store::Home;

pub fn run(home: &Home, args: &LogArgs, today: NaiveDate, out: &mut impl Screen) -> Result<()> {
    if let Some(number) = args.archived {
        let mut archived = home.archived()?;
        let index = usize::try_from(number).unwrap_or(usize::MAX) - 1;
        if index >= archived.len() {
            return Err(hinted(
                format!("there is no archived plan {number}; there are {}", archived.len()),
                "`plan archive` lists them with their numbers",
            ));
        }
        let (_, mut entries) = archived.swap_remove(index);
        entries.reverse();
        if args.json {
            render::json(out, &entries)?;
        } else {
            render::log(out, &entries, None, entries.len())?;
        }
        return Ok(());
    }
    let from =
        args.days.map(|n| today.checked_sub_days(Days::new(u64::from(n) - 1)).unwrap_or(NaiveDate::MIN));
    let first_month = from.map(month_key);
    let mut entries = Vec::new();
    let reader = home.reader()?;
    // Newest month first, stopping at the first one before the window.
    for month in reader.months().into_iter().rev() {
        if first_month.as_ref().is_some_and(|first| &month < first) {
            break;
        }
        let checkins = reader.month(&month)?;
        entries.extend(checkins.into_iter().rev().filter(|entry| from.is_none_or(|from| entry.date >= from)));
    }
    let total = reader.state.checkins;
    drop(reader);
    if args.json {
        render::json(out, &entries)?;
    } else {
        render::log(out, &entries, args.days, total)?;
    }
    Ok(())
}
