//! The heat map of mood: a small calendar a month for a plan of months,
//! a strip a year (a column a week) for one of years. Each day is a square
//! coloured by its mood, a slip ringed, today outlined, and its tooltip
//! says the day, its figures and whether it has a note (the notes are
//! listed in full below the map).

use std::fmt::{self, Write};

use chrono::{Datelike, Days, Months, NaiveDate};

use super::svg::{WIDTH, one_decimal};
use super::{Report, escape, into_week, text};
use crate::i18n::{first_weekday, t};
use crate::state::{Checkin, Contact};
use crate::text::{day_date, month_year, short_month, short_month_year};
use crate::views::calendar::{days_in_month, month_of};
use crate::views::words::contact;

/// The colour of a mood, 1 to 10: from pale sand to deep teal.
pub const MOOD_COLOURS: [&str; 10] = [
    "#f3e7c9", "#e6dfb9", "#d4d6a9", "#bfcd9d", "#a6c395", "#8cb791", "#73a98f", "#5c9a8d", "#468a89",
    "#327a84",
];

fn mood_colour(mood: u8) -> &'static str {
    MOOD_COLOURS[usize::from(mood.clamp(1, 10)) - 1]
}

/// A month tile's cell and the distance from one cell to the next.
const CELL: f64 = 12.0;
const PITCH: f64 = 15.0;
/// A year strip's.
const YEAR_CELL: f64 = 10.5;
const YEAR_PITCH: f64 = 12.7;
/// Up to this many months, a small calendar for each; beyond, a strip a year.
const MONTH_TILES_UP_TO: i32 = 24;

/// Mood by day, coloured; a slip ringed; today outlined. A few months are
/// shown as small calendars, each week from the day the person's region
/// begins it (Monday, unless it says otherwise); years of them as a strip
/// a year, a column a week.
pub fn heatmap(out: &mut impl Write, r: &Report) -> fmt::Result {
    let months = (r.last.year() - r.first.year()) * 12 + r.last.month0().cast_signed()
        - r.first.month0().cast_signed()
        + 1;
    let mut days = Cursor { days: &r.days, at: 0 };
    if months <= MONTH_TILES_UP_TO { month_tiles(out, r, &mut days) } else { year_strips(out, r, &mut days) }
}

/// Walks the check-ins (sorted) along with the days of the calendar.
struct Cursor<'a> {
    days: &'a [Checkin],
    at: usize,
}

impl<'a> Cursor<'a> {
    /// The check-in of `date`, if any; dates must be asked for in order.
    fn find(&mut self, date: NaiveDate) -> Option<&'a Checkin> {
        while self.at < self.days.len() && self.days[self.at].date < date {
            self.at += 1;
        }
        self.days.get(self.at).filter(|day| day.date == date)
    }
}

fn month_tiles(out: &mut impl Write, r: &Report, days: &mut Cursor<'_>) -> fmt::Result {
    let mut month = month_of(r.first);
    writeln!(out, r#"<div class="months">"#)?;
    while month <= r.last {
        let lead = into_week(month);
        let label = t!("report-heatmap-month", month = month_year(month));
        writeln!(
            out,
            r#"<figure class="month"><figcaption>{}</figcaption>"#,
            text(&short_month_year(month))
        )?;
        writeln!(
            out,
            r#"<svg viewBox="0 0 {:.0} {:.0}" role="img" aria-label="{}">"#,
            7.0 * PITCH - (PITCH - CELL),
            12.0 + 6.0 * PITCH,
            escape(&label)
        )?;
        let mut weekday = first_weekday();
        for i in 0u8..7 {
            let letter = t!("report-weekday-letter", weekday = weekday.number_from_monday());
            writeln!(
                out,
                r#"<text class="weekday" x="{:.1}" y="8" text-anchor="middle">{}</text>"#,
                f64::from(i) * PITCH + CELL / 2.0,
                text(&letter)
            )?;
            weekday = weekday.succ();
        }
        for offset in 0..days_in_month(month) {
            let Some(date) = month.checked_add_days(Days::new(u64::from(offset))) else { break };
            let slot = lead + offset;
            let (x, y) = (f64::from(slot % 7) * PITCH, 12.0 + f64::from(slot / 7) * PITCH);
            cell(out, r, date, days.find(date), (x, y, CELL))?;
        }
        writeln!(out, "</svg></figure>")?;
        let Some(next) = month.checked_add_months(Months::new(1)) else { break };
        month = next;
    }
    writeln!(out, "</div>")
}

fn year_strips(out: &mut impl Write, r: &Report, days: &mut Cursor<'_>) -> fmt::Result {
    let left = 30.0;
    writeln!(out, r#"<div class="years">"#)?;
    for year in r.first.year()..=r.last.year() {
        let (Some(first), Some(next)) =
            (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year + 1, 1, 1))
        else {
            break;
        };
        let lead = into_week(first);
        let moods: Vec<f64> = r
            .days
            .iter()
            .filter(|day| day.date.year() == year)
            .filter_map(|day| day.mood.map(f64::from))
            .collect();
        let average = if moods.is_empty() {
            String::new()
        } else {
            #[allow(clippy::cast_precision_loss)] // at most 366 values
            let mean = moods.iter().sum::<f64>() / moods.len() as f64;
            let average = t!("report-year-average", mood = one_decimal(mean));
            format!(r#"<span class="muted"> · {}</span>"#, text(&average))
        };
        writeln!(out, r#"<figure class="year"><figcaption><b>{year}</b>{average}</figcaption>"#)?;
        writeln!(
            out,
            r#"<svg class="chart strip" viewBox="0 0 {WIDTH} {:.0}" role="img" aria-label="{}">"#,
            16.0 + 7.0 * YEAR_PITCH,
            escape(&t!("report-heatmap-year", year = year.to_string()))
        )?;
        for month in 1..=12 {
            let Some(date) = NaiveDate::from_ymd_opt(year, month, 1) else { continue };
            let column = (lead + date.ordinal0()) / 7;
            // Every other month's name gives way in a narrow window.
            writeln!(
                out,
                r#"<g class="{}"><text class="month-label" x="{:.1}" y="11">{}</text></g>"#,
                if month % 2 == 0 { "minor" } else { "major" },
                left + f64::from(column) * YEAR_PITCH,
                text(&short_month(date))
            )?;
        }
        // The first, third and fifth days of the week name their rows.
        for row in [0u8, 2, 4] {
            let weekday = (0..row).fold(first_weekday(), |day, _| day.succ());
            let name = t!("date-weekday-abbr", weekday = weekday.number_from_monday());
            writeln!(
                out,
                r#"<g class="minor"><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text></g>"#,
                left - 5.0,
                16.0 + f64::from(row) * YEAR_PITCH + YEAR_CELL - 1.5,
                text(&name)
            )?;
        }
        let mut date = first;
        while date < next {
            let slot = lead + date.ordinal0();
            let (x, y) = (left + f64::from(slot / 7) * YEAR_PITCH, 16.0 + f64::from(slot % 7) * YEAR_PITCH);
            cell(out, r, date, days.find(date), (x, y, YEAR_CELL))?;
            let Some(after) = date.succ_opt() else { break };
            date = after;
        }
        writeln!(out, "</svg></figure>")?;
    }
    writeln!(out, "</div>")
}

/// A day's square at `(x, y)`, `size` wide, with its mood and contact as
/// its tooltip, and whether it has notes.
fn cell(
    out: &mut impl Write,
    r: &Report,
    date: NaiveDate,
    day: Option<&Checkin>,
    (x, y, size): (f64, f64, f64),
) -> fmt::Result {
    let inside = date >= r.first && date <= r.last;
    let mut classes = vec![if inside { "day" } else { "day out" }];
    let fill = match day.and_then(|day| day.mood) {
        Some(mood) => format!(r#" fill="{}""#, mood_colour(mood)),
        None => {
            classes.push("empty");
            String::new()
        }
    };
    if day.is_some_and(|day| day.contact.breaks_no_contact()) {
        classes.push("slipped");
    }
    if date == r.today {
        classes.push("is-today");
    }
    write!(
        out,
        r#"<rect class="{}" x="{x:.1}" y="{y:.1}" width="{size}" height="{size}" rx="2.5"{fill}>"#,
        classes.join(" ")
    )?;
    let mut title = day_date(date);
    if let Some(day) = day {
        if let Some(mood) = day.mood {
            write!(title, " · {}", t!("report-day-mood", mood = mood))?;
        }
        if let Some(urge) = day.urge {
            write!(title, " · {}", t!("report-day-urge", urge = urge))?;
        }
        if day.contact != Contact::None {
            write!(title, " · {}", contact(day.contact))?;
        }
        // The notes themselves are in the list of notes, once: written
        // here too, ten years of them would make the page twice as big.
        if !day.notes.is_empty() {
            let notes = u64::try_from(day.notes.len()).unwrap_or(u64::MAX);
            write!(title, " · {}", t!("report-day-notes", n = notes))?;
        }
    } else if inside {
        write!(title, " · {}", t!("report-no-checkin"))?;
    }
    writeln!(out, "<title>{}</title></rect>", escape(&title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mood_colours_go_from_pale_to_deep() {
        assert_eq!(mood_colour(1), "#f3e7c9");
        assert_eq!(mood_colour(10), "#327a84");
        assert_eq!(mood_colour(0), mood_colour(1));
    }
}
