//! The report's charts over time, as inline SVG: the runs of no contact on
//! a timeline, and mood and urge as lines (the heat map is `heatmap`'s).
//! Each scales to its container through its `viewBox`; the page's
//! stylesheet colours them and, in a narrow window, enlarges their labels
//! and hides the minor ones.

use std::fmt::{self, Write};

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Grain, Report, escape, into_week, text};
use crate::i18n::{self, t};
use crate::schedule::days_since;
use crate::text::{day_date, day_month, short_date, short_month, short_month_year, year};
use crate::views::calendar::month_of;
use crate::views::words::contact;

/// The width of every chart's `viewBox`.
pub const WIDTH: f64 = 720.0;

#[allow(clippy::cast_precision_loss)] // days in a plan: far below 2^52
fn float(days: i64) -> f64 {
    days as f64
}

/// Dates to x positions: each day a slot of equal width.
struct Scale {
    first: NaiveDate,
    slots: f64,
    left: f64,
    width: f64,
}

impl Scale {
    fn new(first: NaiveDate, last: NaiveDate, left: f64, right: f64) -> Scale {
        Scale { first, slots: float(days_since(first, last) + 1), left, width: WIDTH - left - right }
    }

    /// The middle of `date`'s slot.
    fn x(&self, date: NaiveDate) -> f64 {
        self.left + self.width * (float(days_since(self.first, date)) + 0.5) / self.slots
    }
}

/// The last day of the time axis: the last day shown, but at least a
/// fortnight from the first, so a plan of a few days is not one blot.
fn axis_end(r: &Report) -> NaiveDate {
    r.first.checked_add_days(Days::new(13)).map_or(r.last, |end| end.max(r.last))
}

/// A tick on the time axis: its date and label, and whether the label is
/// shown in a narrow window too.
struct Tick {
    date: NaiveDate,
    label: String,
    major: bool,
}

/// At most this many labels on a wide chart, and on a narrow one.
const LABELS_WIDE: usize = 10;
const LABELS_NARROW: usize = 4;

/// How far apart the ticks of the time axis are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Every {
    Week,
    Month,
    Year,
}

/// The first day of each week for a couple of months (Monday, unless the
/// person's region begins the week on another day), first days of months
/// for a couple of years, New Year's days beyond; thinned so the labels
/// never crowd.
fn ticks(first: NaiveDate, last: NaiveDate) -> Vec<Tick> {
    let span = days_since(first, last);
    let every = if span <= 70 {
        Every::Week
    } else if span <= 2 * 366 {
        Every::Month
    } else {
        Every::Year
    };
    let later = |date: NaiveDate| match every {
        Every::Week => date.checked_add_days(Days::new(7)),
        Every::Month => date.checked_add_months(Months::new(1)),
        Every::Year => date.checked_add_months(Months::new(12)),
    };
    let start = match every {
        Every::Week => first.checked_add_days(Days::new(u64::from((7 - into_week(first)) % 7))),
        Every::Month => Some(month_of(first)),
        Every::Year => NaiveDate::from_ymd_opt(first.year(), 1, 1),
    };
    let mut dates = Vec::new();
    let mut date = start.filter(|&date| date >= first).or_else(|| start.and_then(later));
    while let Some(at) = date.filter(|&at| at <= last) {
        dates.push(at);
        date = later(at);
    }
    let wide = dates.len().div_ceil(LABELS_WIDE).max(1);
    let narrow = dates.len().div_ceil(LABELS_NARROW).max(1);
    dates
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % wide == 0)
        .map(|(i, date)| {
            let label = match every {
                Every::Week => day_month(date),
                // A month says its year on the first tick and in January.
                Every::Month if i == 0 || date.month() == 1 => short_month_year(date),
                Every::Month => short_month(date),
                Every::Year => year(date),
            };
            Tick { date, label, major: i % narrow == 0 }
        })
        .collect()
}

/// The time axis: a tick and a label for each of `ticks`, at `y`.
fn axis(out: &mut impl Write, scale: &Scale, ticks: &[Tick], y: f64) -> fmt::Result {
    for tick in ticks {
        let x = scale.x(tick.date);
        let class = if tick.major { "tick" } else { "tick minor" };
        writeln!(
            out,
            r#"<g class="{class}"><line x1="{x:.1}" x2="{x:.1}" y1="{y:.1}" y2="{:.1}"/><text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text></g>"#,
            y + 5.0,
            y + 22.0,
            escape(&tick.label)
        )?;
    }
    Ok(())
}

/// The runs of no contact as bars on a line from the first day to the last,
/// each slip a dot between them.
pub fn timeline(out: &mut impl Write, r: &Report) -> fmt::Result {
    let scale = Scale::new(r.first, axis_end(r), 16.0, 16.0);
    let (top, height) = (34.0, 24.0);
    writeln!(
        out,
        r#"<svg class="chart timeline" viewBox="0 0 {WIDTH} 100" role="img" aria-label="{}">"#,
        escape(&t!("report-timeline-label", first = r.first.to_string(), last = r.last.to_string()))
    )?;
    let (start, end) = (scale.x(r.first), scale.x(r.last));
    writeln!(
        out,
        r#"<rect class="track" x="{:.1}" y="{top}" width="{:.1}" height="{height}" rx="6"/>"#,
        start - 4.0,
        end - start + 8.0
    )?;
    for run in &r.runs {
        let (x1, x2) = (scale.x(run.from), scale.x(run.to));
        let class = if run.current { "run current" } else { "run" };
        let (from, to) = (day_date(run.from), day_date(run.to));
        let title = if run.current {
            t!("report-timeline-run-current", from = from, to = to, days = run.days)
        } else {
            t!("report-timeline-run", from = from, to = to, days = run.days)
        };
        writeln!(
            out,
            r#"<rect class="{class}" x="{x1:.1}" y="{top}" width="{:.1}" height="{height}" rx="6"><title>{}</title></rect>"#,
            (x2 - x1).max(2.0),
            escape(&title)
        )?;
        if x2 - x1 > 56.0 {
            writeln!(
                out,
                r#"<text class="run-label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                f64::midpoint(x1, x2),
                top + height / 2.0 + 5.0,
                text(&t!("count-days", n = run.days))
            )?;
        }
    }
    for slip in &r.slips {
        let mut title = format!("{}: {}", day_date(slip.date), contact(slip.contact));
        for note in &slip.notes {
            write!(title, ". {note}")?;
        }
        writeln!(
            out,
            r#"<circle class="slip" cx="{:.1}" cy="{:.1}" r="7"><title>{}</title></circle>"#,
            scale.x(slip.date),
            top + height / 2.0,
            escape(&title)
        )?;
    }
    writeln!(
        out,
        r#"<text class="today" x="{end:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
        top - 10.0,
        text(&if r.last == r.today { t!("report-timeline-today") } else { t!("report-timeline-end") })
    )?;
    axis(out, &scale, &ticks(r.first, axis_end(r)), top + height + 8.0)?;
    writeln!(out, "</svg>")
}

/// Mood (1-10) and urge (0-10) over time, a line each, on one scale.
pub fn trend(out: &mut impl Write, r: &Report) -> fmt::Result {
    let (top, bottom, left) = (14.0, 240.0, 40.0);
    let scale = Scale::new(r.first, axis_end(r), left, 16.0);
    let y = |value: f64| bottom - (bottom - top) * value / 10.0;
    writeln!(
        out,
        r#"<svg class="chart trend" viewBox="0 0 {WIDTH} 290" role="img" aria-label="{}">"#,
        escape(&t!("report-trend-label", first = r.first.to_string(), last = r.last.to_string()))
    )?;
    for value in (0..=10).step_by(2) {
        let at = y(f64::from(value));
        writeln!(
            out,
            r#"<g class="grid"><line x1="{left}" x2="{:.1}" y1="{at:.1}" y2="{at:.1}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{value}</text></g>"#,
            WIDTH - 16.0,
            left - 8.0,
            at + 4.5
        )?;
    }
    for slip in &r.slips {
        let x = scale.x(slip.date);
        writeln!(
            out,
            r#"<line class="slip-line" x1="{x:.1}" x2="{x:.1}" y1="{top}" y2="{bottom}"><title>{}: {}</title></line>"#,
            text(&day_date(slip.date)),
            escape(&contact(slip.contact))
        )?;
    }
    let middle = |from: NaiveDate, to: NaiveDate| f64::midpoint(scale.x(from), scale.x(to));
    for (class, value) in [("urge", 1), ("mood", 0)] {
        let pick = |point: &super::Point| if value == 0 { point.mood } else { point.urge };
        // A line joins only readings of neighbouring days (weeks, months):
        // across a day with no check-in it breaks, so it never draws a
        // reading that does not exist. Each stretch is a path of its own;
        // a reading alone is its dot.
        let mut stretches: Vec<Vec<(f64, f64)>> = Vec::new();
        let mut last: Option<usize> = None;
        for (i, point) in r.trend.points.iter().enumerate() {
            let Some(v) = pick(point) else { continue };
            if last.is_none_or(|last| last + 1 != i) {
                stretches.push(Vec::new());
            }
            if let Some(stretch) = stretches.last_mut() {
                stretch.push((middle(point.from, point.to), y(v)));
            }
            last = Some(i);
        }
        for stretch in stretches.iter().filter(|stretch| stretch.len() > 1) {
            let d: Vec<String> = stretch
                .iter()
                .enumerate()
                .map(|(i, (x, y))| format!("{}{x:.1},{y:.1}", if i == 0 { 'M' } else { 'L' }))
                .collect();
            writeln!(out, r#"<path class="line {class}" d="{}"/>"#, d.join(" "))?;
        }
        let radius = if r.trend.grain == Grain::Day { 3.5 } else { 2.5 };
        for point in &r.trend.points {
            if let Some(v) = pick(point) {
                let (period, reading) = (period(r.trend.grain, point.from, point.to), one_decimal(v));
                let title = if value == 0 {
                    t!("report-dot-mood", period = period, value = reading)
                } else {
                    t!("report-dot-urge", period = period, value = reading)
                };
                writeln!(
                    out,
                    r#"<circle class="dot {class}" cx="{:.1}" cy="{:.1}" r="{radius}"><title>{}</title></circle>"#,
                    middle(point.from, point.to),
                    y(v),
                    text(&title)
                )?;
            }
        }
    }
    axis(out, &scale, &ticks(r.first, axis_end(r)), bottom + 8.0)?;
    writeln!(out, "</svg>")
}

/// `6`, `6.5` (`6,5`, as the language writes it): a whole number without
/// its `.0`.
pub fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_owned(),
        None => i18n::decimal(value, 1),
    }
}

fn period(grain: Grain, from: NaiveDate, to: NaiveDate) -> String {
    match grain {
        Grain::Day => day_date(from),
        Grain::Week => t!("report-period-week", date = short_date(from)),
        Grain::Month => t!("report-period-month", from = day_month(from), to = short_date(to)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn ticks_are_mondays_months_or_years_and_never_crowd() {
        let weeks = ticks(d("2026-11-01"), d("2026-11-22"));
        let labels: Vec<&str> = weeks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["2 Nov", "9 Nov", "16 Nov"]);
        let months = ticks(d("2026-10-23"), d("2027-03-01"));
        let labels: Vec<&str> = months.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["Nov 2026", "Dec", "Jan 2027", "Feb", "Mar"]);
        let years = ticks(d("2016-11-23"), d("2026-11-22"));
        assert!(years.len() <= LABELS_WIDE, "{}", years.len());
        assert_eq!(years[0].label, "2017");
        assert!(years.iter().filter(|t| t.major).count() <= LABELS_NARROW);
    }

    #[test]
    fn the_lines_break_at_every_day_without_a_reading() {
        use crate::playbook::{BUNDLED, parse};
        use crate::state::{Checkin, Contact, State};
        let state = State::new(
            crate::id::PlanId::of(&"a".into(), 1),
            parse(BUNDLED[0].1).unwrap(),
            crate::playbook::Origin::Bundled,
            d("2026-11-01"),
            d("2026-11-01"),
        );
        let day = |date: &str| Checkin {
            date: d(date),
            mood: Some(5),
            urge: None,
            contact: Contact::None,
            notes: vec![],
        };
        let days = [day("2026-11-01"), day("2026-11-02"), day("2026-11-04"), day("2026-11-20")];
        let report = super::super::report(&state, &days, None, d("2026-11-22"));
        let mut svg = String::new();
        trend(&mut svg, &report).unwrap();
        let lines: Vec<&str> = svg.lines().filter(|line| line.contains(r#"class="line mood""#)).collect();
        // The 1st and 2nd joined; the 4th and the 20th alone, their dots only.
        assert_eq!(lines.len(), 1, "{svg}");
        let moves: Vec<char> = lines[0].chars().filter(|c| matches!(c, 'M' | 'L')).collect();
        assert_eq!(moves, ['M', 'L'], "{}", lines[0]);
        assert_eq!(svg.matches(r#"class="dot mood""#).count(), 4);
        // No urge recorded: no line, no dots.
        assert!(!svg.contains("line urge") && !svg.contains("dot urge"), "{svg}");
    }

    #[test]
    fn a_whole_number_has_no_decimal() {
        assert_eq!(one_decimal(6.0), "6");
        assert_eq!(one_decimal(6.25), "6.2");
    }
}
