//! `plan calendar` as text: the grid, the legend and the month's
//! milestones and gates. Colour is written as ANSI styles; the writer the
//! command prints through strips them where colour does not belong (a pipe,
//! `NO_COLOR`). Every mark is a character too, so the grid reads without
//! colour.

use std::io::{self, Write};

use anstyle::Style;

use crate::text::{cyan, dim, green, magenta, paint, red, yellow};
use chrono::{Datelike, Days, NaiveDate};

use super::{Calendar, Cell, DayKind, Marker, days_in_month};
use crate::i18n::t;
use crate::text::{columns, month_year, visible, weekday_day, weekday_short};

// The marks, each a character that reads without colour.
const NO_CONTACT: &str = "·";
const SLIP: &str = "✕";
const CONTACT: &str = "~";
const LAST_CONTACT: &str = "|";
const LOOKED: &str = "◎";
const MILESTONE: &str = "★";
const GATE: &str = "◆";
const BOTH: &str = "✦";
const TODAY: &str = ">";

/// Each cell is eight columns: a today mark, the day, the milestone or gate
/// mark beside it, the mood (or the no-contact dot), the contact mark and a
/// space. Seven of them and an indent of two make 58 columns.
const INDENT: &str = "  ";
const CELL: usize = 8;
/// The grid's width, after the indent.
const GRID: usize = 7 * CELL;

fn render_cell(cell: Option<&Cell>) -> String {
    let Some(cell) = cell else { return " ".repeat(8) };
    let day = cell.date.day();
    // The today mark hugs the day: ` >5`, `>12`.
    let pad = " ".repeat(3 - usize::from(cell.today) - if day < 10 { 1 } else { 2 });
    let today = if cell.today { paint(TODAY, Style::new().bold()) } else { String::new() };
    let number = day.to_string();
    let number = match cell.kind {
        _ if cell.today => paint(&number, Style::new().bold().invert()),
        DayKind::Outside | DayKind::Ahead => paint(&number, dim()),
        _ => number,
    };
    let mood = match (cell.mood, cell.kind) {
        (Some(mood), _) => format!("{mood:>2}"),
        (None, DayKind::NoContact | DayKind::Contact | DayKind::Looked) => {
            format!(" {}", paint(NO_CONTACT, green()))
        }
        _ => "  ".to_owned(),
    };
    let contact = match cell.kind {
        DayKind::Slip => paint(SLIP, red()),
        DayKind::Contact => paint(CONTACT, yellow()),
        DayKind::LastContact => paint(LAST_CONTACT, yellow()),
        DayKind::Looked => paint(LOOKED, cyan()),
        _ => " ".to_owned(),
    };
    let marker = match (cell.milestone, cell.gate) {
        (true, true) => paint(BOTH, magenta()),
        (true, false) => paint(MILESTONE, magenta()),
        (false, true) => paint(GATE, cyan()),
        (false, false) => " ".to_owned(),
    };
    format!("{pad}{today}{number}{marker}{mood}{contact} ")
}

/// The grid, the legend and the month's milestones and gates.
pub fn render(out: &mut impl Write, c: &Calendar) -> io::Result<()> {
    let title = month_year(c.month);
    // Centred over the grid by the columns the words take.
    let centred = format!("{}{title}", " ".repeat(GRID.saturating_sub(columns(&title)) / 2));
    writeln!(out, "{INDENT}{}", paint(centred, Style::new().bold()))?;
    writeln!(out)?;
    // Each weekday over its days' numbers, from the day the week starts on.
    let mut header = String::new();
    let mut day = c.month;
    while day.weekday() != c.first {
        day = day.succ_opt().unwrap_or(day);
    }
    for column in 0..7 {
        let name = weekday_short(day.checked_add_days(Days::new(column)).unwrap_or(day));
        header.push_str(&name);
        header.push_str(&" ".repeat(CELL.saturating_sub(columns(&name))));
    }
    writeln!(out, "{INDENT} {}", paint(header.trim_end(), dim()))?;
    for week in &c.weeks {
        let line: String = week.iter().map(|cell| render_cell(cell.as_ref())).collect();
        writeln!(out, "{INDENT}{}", line.trim_end())?;
    }
    writeln!(out)?;
    legend(out, c)?;
    writeln!(out)?;
    for marker in &c.markers {
        writeln!(out, "{INDENT}{}", marker_line(marker, c.today))?;
    }
    if !c.markers.is_empty() {
        writeln!(out)?;
    }
    for line in where_you_are(c) {
        writeln!(out, "{INDENT}{line}")?;
    }
    Ok(())
}

fn legend(out: &mut impl Write, c: &Calendar) -> io::Result<()> {
    let rows = [
        (
            paint(NO_CONTACT, green()),
            t!("calendar-legend-no-contact"),
            "5".to_owned(),
            t!("calendar-legend-mood"),
        ),
        (
            paint(SLIP, red()),
            t!("calendar-legend-slip"),
            paint(CONTACT, yellow()),
            t!("calendar-legend-contact"),
        ),
        (
            paint(MILESTONE, magenta()),
            t!("calendar-legend-milestone"),
            paint(GATE, cyan()),
            t!("calendar-legend-gate"),
        ),
        (
            paint(BOTH, magenta()),
            t!("calendar-legend-both"),
            paint(TODAY, Style::new().bold()),
            t!("calendar-legend-today"),
        ),
    ];
    // Two marks a row, the second in a column after the widest words of
    // the first; or, where that would be wider than the grid, one a row.
    let left = rows.iter().map(|(_, text, _, _)| columns(text)).max().unwrap_or(0).max(24) + 2;
    let widest = rows.iter().map(|(_, _, _, text)| columns(text)).max().unwrap_or(0);
    let two_columns = INDENT.len() + 2 + left + 2 + widest <= INDENT.len() + GRID + 2;
    for (left_mark, left_text, right_mark, right_text) in rows {
        // The marks are one column wide: pad the words, not the styled marks.
        if two_columns {
            let pad = " ".repeat(left - columns(&left_text));
            writeln!(out, "{INDENT}{left_mark} {left_text}{pad}{right_mark} {right_text}")?;
        } else {
            writeln!(out, "{INDENT}{left_mark} {left_text}")?;
            writeln!(out, "{INDENT}{right_mark} {right_text}")?;
        }
    }
    // Its own row, and only in the month it is in: it marks one day of the plan.
    if c.weeks.iter().flatten().flatten().any(|cell| cell.kind == DayKind::LastContact) {
        writeln!(out, "{INDENT}{} {}", paint(LAST_CONTACT, yellow()), t!("calendar-legend-last-contact"))?;
    }
    // Its own mark, shown where the month has a look: no contact went on.
    if c.weeks.iter().flatten().flatten().any(|cell| cell.kind == DayKind::Looked) {
        writeln!(out, "{INDENT}{} {}", paint(LOOKED, cyan()), t!("calendar-legend-looked"))?;
    }
    Ok(())
}

fn marker_line(marker: &Marker, today: NaiveDate) -> String {
    let date = marker.date();
    let day = weekday_day(date);
    match marker {
        Marker::Milestone { days, .. } => {
            let days = t!("count-days", n = *days);
            let line = if date <= today {
                t!("calendar-milestone-reached", day = day, days = days)
            } else {
                t!("calendar-milestone-to-come", day = day, days = days)
            };
            format!("{} {line}", paint(MILESTONE, magenta()))
        }
        Marker::Gate { number, title, .. } => {
            let title = visible(title);
            let line = if date <= today {
                t!("calendar-gate-opened", day = day, number = *number, title = title)
            } else {
                t!("calendar-gate-opens", day = day, number = *number, title = title)
            };
            format!("{} {line}", paint(GATE, cyan()))
        }
    }
}

/// Where the plan stands, in relation to the month shown: a line, and one
/// for the looking counter once a look is recorded.
fn where_you_are(c: &Calendar) -> Vec<String> {
    let last_day =
        c.month.checked_add_days(Days::new(u64::from(days_in_month(c.month)) - 1)).unwrap_or(c.month);
    if let Some(ended) = c.ended {
        return vec![t!("calendar-ended", date = ended.to_string())];
    }
    if last_day < c.began {
        return vec![t!("calendar-began-after", date = c.began.to_string())];
    }
    let days = t!("count-days", n = c.days);
    let mut lines = vec![t!("calendar-no-contact", days = days, since = c.since.to_string())];
    if let Some(looking) = c.looking {
        let days = t!("count-days", n = looking.days);
        lines.push(t!("calendar-not-looking", days = days, since = looking.since.to_string()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Checkin, Contact};
    use crate::views::calendar::calendar;
    use crate::views::fixtures::{d, state};

    fn checkin(date: &str, mood: Option<u8>, contact: Contact) -> Checkin {
        Checkin { date: d(date), mood, urge: None, contact, notes: vec![] }
    }

    /// Plain text: the styles taken out, as a pipe would have them.
    fn plain(c: &Calendar) -> String {
        let mut out = Vec::new();
        render(&mut out, c).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut plain = String::new();
        let mut chars = text.chars();
        while let Some(ch) = chars.next() {
            if ch == '\u{1b}' {
                chars.by_ref().find(|&c| c == 'm');
            } else {
                plain.push(ch);
            }
        }
        plain
    }

    #[test]
    fn the_grid_reads_without_colour_and_fits_sixty_columns() {
        let mut s = state("2026-11-01");
        let checkins = [
            checkin("2026-11-04", Some(10), Contact::Allowed),
            checkin("2026-11-06", Some(2), Contact::Replied),
        ];
        s = crate::event::with_checkins(s, &checkins);
        let c = calendar(&s, &checkins, d("2026-11-01"), d("2026-11-12"));
        let text = plain(&c);
        assert!(text.lines().next().unwrap().trim() == "November 2026", "{text}");
        for line in text.lines() {
            assert!(line.chars().count() <= 60, "too wide: {line:?}");
        }
        // Sunday the 1st, the day of the last contact: its mark, and no dot.
        let first = text.lines().find(|line| line.trim_start().starts_with("1 ")).expect("the 1st");
        assert_eq!(first, format!("{}1   |", " ".repeat(52)), "{text}");
        assert!(text.contains("| your last contact before the plan\n"), "{text}");
        let week = text.lines().find(|line| line.contains(" 2  ·")).expect("the week of the 2nd");
        assert_eq!(week, "    2  ·    3  ·    4 10~   5  ·    6  2✕   7  ·    8  ·");
        // The 6th was a slip: the 7-day milestone is the 13th, a day after today.
        assert!(text.contains(">12  · "), "{text}");
        assert!(text.contains(">12  ·   13★     14 "), "{text}");
        assert!(text.contains("★ Fri 13: 7 days of no contact, to come"), "{text}");
        assert!(text.contains("✕ contact that broke it"), "{text}");
        assert!(text.contains("No contact: 6 days (since 2026-11-06)."), "{text}");
        let december = plain(&calendar(&s, &checkins, d("2026-12-01"), d("2026-11-12")));
        assert!(!december.contains("last contact"), "not its month: {december}");
    }

    #[test]
    fn a_milestone_and_a_gate_on_one_day_are_both_marked() {
        // four-steps: step 1's gate is 21 days, as is the third milestone.
        let c = calendar(&state("2026-11-01"), &[], d("2026-11-01"), d("2026-11-05"));
        let text = plain(&c);
        assert!(text.contains(" 22✦\n"), "{text}");
        assert!(text.contains(" >5  · "), "{text}");
        assert!(text.contains("★ Sun 22: 21 days of no contact"), "{text}");
        assert!(text.contains("◆ Sun 22: step 1's gate opens (Go quiet)"), "{text}");
    }

    #[test]
    fn a_month_before_the_plan_still_shows_and_says_so() {
        let c = calendar(&state("2026-11-10"), &[], d("2026-09-01"), d("2026-11-12"));
        assert!(c.weeks.iter().flatten().flatten().all(|cell| cell.kind == DayKind::Outside));
        assert!(plain(&c).contains("No contact began on 2026-11-10, after this month."));
    }
}
