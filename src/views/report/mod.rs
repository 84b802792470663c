//! `plan report`: the whole plan as one self-contained HTML page. Pure:
//! [`report`] computes what the page shows from the state, every check-in,
//! the person's why and `today`; [`html::page`] writes it, with its charts
//! as inline SVG ([`svg`], [`heatmap`]). No script, and no font, stylesheet
//! or image from anywhere: the page works offline, and prints.

mod heatmap;
mod html;
mod svg;

use chrono::{Datelike, Days, NaiveDate};

pub use html::page;

use crate::event::Dated;
use crate::schedule::{self, days_since};
use crate::state::{Checkin, Earlier, State};
use crate::text::visible;
use crate::views::status::{self, Status};
use crate::views::steps::{self, Steps};

/// `text` made safe inside HTML, as element text or a quoted attribute:
/// its control characters shown (as the terminal shows them), then `&`,
/// `<`, `>`, `"` and `'` as entities.
pub fn escape(text: &str) -> String {
    escaped(text, true)
}

/// `text` made safe as the text of an element (never an attribute's value:
/// that is [`escape`]'s): its control characters shown, then `&`, `<` and
/// `>` as entities. Quotes mean nothing there, and stay as they are.
pub fn text(text: &str) -> String {
    escaped(text, false)
}

fn escaped(text: &str, quotes: bool) -> String {
    let text = visible(text);
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' if quotes => escaped.push_str("&quot;"),
            '\'' if quotes => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// The value of variable `i` of a message that holds HTML (a swatch, a
/// command in `<code>`, a note escaped its own way): a private-use
/// character, which [`fill`] replaces once the message is escaped. In such
/// a message every variable is a slot, so that nothing a person wrote is
/// ever read as one.
pub fn slot(i: u8) -> String {
    char::from_u32(0xF8F0 + u32::from(i)).map_or_else(String::new, String::from)
}

/// A catalogue message made HTML: its words escaped as element text, and
/// each of `pieces` (HTML already safe) put in its [`slot`], in order.
pub fn fill(message: &str, pieces: &[&str]) -> String {
    let mut html = text(message);
    for (i, piece) in (0u8..).zip(pieces) {
        html = html.replace(&slot(i), piece);
    }
    html
}

/// How many days `date` is into its week, the week beginning on the day
/// the person's region begins it (Monday unless it says otherwise).
pub fn into_week(date: NaiveDate) -> u32 {
    date.weekday().days_since(crate::i18n::first_weekday())
}

/// Everything the page shows.
#[derive(Debug)]
pub struct Report {
    pub title: String,
    pub today: NaiveDate,
    /// The first day shown: the plan's first day, or an earlier check-in's.
    pub first: NaiveDate,
    /// The last day shown: today, or the day the plan ended.
    pub last: NaiveDate,
    pub status: Status,
    /// The runs of no contact, oldest first; the last is the current one.
    pub runs: Vec<TimelineRun>,
    /// The days contact broke no contact, oldest first, with their notes.
    pub slips: Vec<Checkin>,
    /// Every check-in from `first` to `last`, oldest first.
    pub days: Vec<Checkin>,
    /// Mood and urge over time, by day, week or month.
    pub trend: Series,
    /// The milestones of the current run, reached or not.
    pub milestones: Vec<MilestoneMark>,
    /// The milestones the runs before it reached, oldest first: a slip
    /// ended those runs, never what they reached.
    pub earlier_milestones: Vec<schedule::Reached>,
    pub steps: Steps,
    /// Playbooks followed before a `plan switch`, with their steps done.
    pub earlier: Vec<Earlier>,
    /// The person's reason, in their words.
    pub why: Option<Dated>,
}

/// A run of no contact: from the day of the contact before it to the day
/// of the next, or to the last day shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineRun {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: u32,
    /// The run still going.
    pub current: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MilestoneMark {
    pub days: u32,
    pub date: NaiveDate,
    pub reached: bool,
}

/// How finely the chart averages: a point a day for a few months, a week
/// for a few years, a month beyond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Day,
    Week,
    Month,
}

/// Up to this many days, a point a day.
const DAILY_UP_TO: i64 = 120;
/// Up to this many days, a point a week.
const WEEKLY_UP_TO: i64 = 3 * 366;

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub grain: Grain,
    pub points: Vec<Point>,
}

/// The averages of one day, week or month.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The first day of the day, week or month (clipped to the days shown).
    pub from: NaiveDate,
    /// The last day of it (clipped too).
    pub to: NaiveDate,
    pub mood: Option<f64>,
    pub urge: Option<f64>,
}

/// The report of `state` on `today`, from all of its check-ins (any order).
pub fn report(state: &State, checkins: &[Checkin], why: Option<Dated>, today: NaiveDate) -> Report {
    let last = state.ended.map_or(today, |ended| ended.date.min(today));
    let mut days: Vec<Checkin> = checkins.iter().filter(|day| day.date <= last).cloned().collect();
    days.sort_by_key(|day| day.date);
    days.dedup_by_key(|day| day.date);
    let first = days.first().map_or(state.first_day(), |day| day.date.min(state.first_day())).min(last);
    let slips: Vec<Checkin> = days.iter().filter(|day| day.contact.breaks_no_contact()).cloned().collect();
    let status = status::status(state, today);
    let since = status.no_contact.since;
    let milestones = schedule::milestone_dates(since)
        .into_iter()
        .map(|m| MilestoneMark { days: m.days, date: m.date, reached: m.date <= last && since <= last })
        // A plan that has ended has nothing ahead.
        .filter(|m| m.reached || state.ended.is_none())
        .collect();
    let earlier_milestones = state.milestones_reached(today).into_iter().filter(|m| m.run != since).collect();
    Report {
        title: state.playbook.title.clone(),
        today,
        first,
        last,
        runs: runs(state.since_at_start, &slips, last, state.ended.is_none()),
        trend: series(&days, first, last),
        slips,
        days,
        milestones,
        earlier_milestones,
        steps: steps::steps(state, today),
        earlier: state.earlier.clone(),
        status,
        why,
    }
}

/// The runs of no contact from `began`, broken by `slips` (sorted), up to
/// `last`, as `schedule::runs` finds them; the last is `current` while the plan runs.
pub fn runs(began: NaiveDate, slips: &[Checkin], last: NaiveDate, ongoing: bool) -> Vec<TimelineRun> {
    let dates: Vec<NaiveDate> = slips.iter().map(|slip| slip.date).collect();
    // The run still going began at the last contact up to `last`.
    let tail = dates.iter().copied().filter(|&date| date <= last).fold(began, NaiveDate::max);
    schedule::runs(began, &dates, last)
        .into_iter()
        .map(|run| TimelineRun {
            from: run.from,
            to: run.to,
            days: run.days,
            current: ongoing && run.from == tail && run.to == last,
        })
        .collect()
}

/// Mood and urge averaged by day, week (beginning on the region's first
/// day of the week, Monday unless it says otherwise) or month, from
/// `first` to `last`; a point for every period, with `None` where nothing
/// was recorded.
pub fn series(days: &[Checkin], first: NaiveDate, last: NaiveDate) -> Series {
    let span = days_since(first, last);
    let grain = if span < DAILY_UP_TO {
        Grain::Day
    } else if span < WEEKLY_UP_TO {
        Grain::Week
    } else {
        Grain::Month
    };
    let start_of = |date: NaiveDate| match grain {
        Grain::Day => date,
        Grain::Week => date - Days::new(u64::from(into_week(date))),
        Grain::Month => date.with_day(1).unwrap_or(date),
    };
    let next = |date: NaiveDate| match grain {
        Grain::Day => date + Days::new(1),
        Grain::Week => date + Days::new(7),
        Grain::Month => date.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX),
    };
    let mut points = Vec::new();
    let mut at = 0;
    let mut period = start_of(first);
    while period <= last {
        let end = next(period);
        let (mut mood, mut urge) = (Average::default(), Average::default());
        while at < days.len() && days[at].date < end {
            if days[at].date >= first {
                mood.add(days[at].mood);
                urge.add(days[at].urge);
            }
            at += 1;
        }
        let to = end.pred_opt().unwrap_or(end).min(last);
        points.push(Point { from: period.max(first), to, mood: mood.mean(), urge: urge.mean() });
        period = end;
    }
    Series { grain, points }
}

#[derive(Default)]
struct Average {
    sum: u32,
    count: u32,
}

impl Average {
    fn add(&mut self, value: Option<u8>) {
        if let Some(value) = value {
            self.sum += u32::from(value);
            self.count += 1;
        }
    }

    fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| f64::from(self.sum) / f64::from(self.count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Contact;
    use crate::views::fixtures::{d, state};

    fn day(date: &str, mood: u8, contact: Contact) -> Checkin {
        Checkin { date: d(date), mood: Some(mood), urge: Some(10 - mood), contact, notes: vec![] }
    }

    #[test]
    fn a_message_is_escaped_as_text_and_its_pieces_of_html_kept() {
        assert_eq!(text(r#"a <b> & "c" it's"#), r#"a &lt;b&gt; &amp; "c" it's"#);
        assert_eq!(text("a\u{1b}[2J"), "a^[[2J");
        let message = format!("Then {} & <{}>.", slot(0), slot(1));
        assert_eq!(fill(&message, &["<b>x</b>", "&lt;y&gt;"]), "Then <b>x</b> &amp; &lt;&lt;y&gt;&gt;.");
        assert_ne!(slot(0), slot(1));
    }

    #[test]
    fn weeks_begin_on_monday_unless_the_region_says_otherwise() {
        // No language chosen in a unit test: ISO 8601's Monday.
        assert_eq!(into_week(d("2026-11-02")), 0, "a Monday");
        assert_eq!(into_week(d("2026-11-08")), 6, "a Sunday");
    }

    #[test]
    fn runs_are_broken_by_slips_and_the_last_one_goes_on() {
        let slips = [day("2026-11-06", 3, Contact::Initiated), day("2026-11-10", 3, Contact::Replied)];
        let runs = runs(d("2026-10-23"), &slips, d("2026-11-22"), true);
        assert_eq!(
            runs,
            vec![
                TimelineRun { from: d("2026-10-23"), to: d("2026-11-06"), days: 14, current: false },
                TimelineRun { from: d("2026-11-06"), to: d("2026-11-10"), days: 4, current: false },
                TimelineRun { from: d("2026-11-10"), to: d("2026-11-22"), days: 12, current: true },
            ]
        );
    }

    #[test]
    fn a_slip_on_the_first_day_makes_no_empty_run() {
        let slips = [day("2026-11-01", 3, Contact::Initiated)];
        let runs = runs(d("2026-11-01"), &slips, d("2026-11-01"), true);
        assert_eq!(
            runs,
            vec![TimelineRun { from: d("2026-11-01"), to: d("2026-11-01"), days: 0, current: true }]
        );
    }

    #[test]
    fn the_chart_is_daily_for_months_weekly_for_years_monthly_beyond() {
        let days = [day("2026-11-02", 4, Contact::None), day("2026-11-04", 8, Contact::None)];
        let daily = series(&days, d("2026-11-01"), d("2026-11-05"));
        assert_eq!(daily.grain, Grain::Day);
        let moods: Vec<Option<f64>> = daily.points.iter().map(|p| p.mood).collect();
        assert_eq!(moods, [None, Some(4.0), None, Some(8.0), None]);
        // Sunday 1 November to Thursday 5 November 2026, by week: two weeks,
        // the first clipped to its Sunday.
        let weekly = series(&days, d("2025-11-01"), d("2026-11-05"));
        assert_eq!(weekly.grain, Grain::Week);
        let last_two = &weekly.points[weekly.points.len() - 2..];
        assert_eq!(
            (last_two[0].from, last_two[0].to, last_two[0].mood),
            (d("2026-10-26"), d("2026-11-01"), None)
        );
        assert_eq!((last_two[1].from, last_two[1].to), (d("2026-11-02"), d("2026-11-05")));
        assert_eq!((last_two[1].mood, last_two[1].urge), (Some(6.0), Some(4.0)));
        let monthly = series(&days, d("2016-11-20"), d("2026-11-05"));
        assert_eq!(monthly.grain, Grain::Month);
        assert_eq!(monthly.points.len(), 121);
        assert_eq!(monthly.points[0].from, d("2016-11-20"));
        assert_eq!(monthly.points[120].mood, Some(6.0));
    }

    #[test]
    fn the_report_holds_the_runs_milestones_and_slips() {
        let mut s = state("2026-10-23");
        let days = [
            day("2026-10-24", 4, Contact::None),
            day("2026-11-06", 3, Contact::Initiated),
            day("2026-11-09", 6, Contact::Logistics),
        ];
        s = crate::event::with_checkins(s, &days);
        let r = report(&s, &days, None, d("2026-11-22"));
        assert_eq!((r.first, r.last), (d("2026-10-23"), d("2026-11-22")));
        assert_eq!(r.runs.len(), 2);
        assert_eq!(r.slips.len(), 1);
        let reached: Vec<u32> = r.milestones.iter().filter(|m| m.reached).map(|m| m.days).collect();
        assert_eq!(reached, [7, 14]);
        assert_eq!(r.milestones[2].date, d("2026-11-27"));
        // 23 October to the slip on 6 November: 14 days, and its milestones with it.
        let earlier: Vec<(u32, NaiveDate)> = r.earlier_milestones.iter().map(|m| (m.days, m.date)).collect();
        assert_eq!(earlier, [(7, d("2026-10-30")), (14, d("2026-11-06"))]);
        assert_eq!(r.status.streaks.longest, 16);
        s.ended =
            Some(crate::state::Ended { date: d("2026-11-21"), outcome: crate::state::Outcome::MovedOn });
        let r = report(&s, &days, None, d("2026-11-22"));
        assert_eq!(r.last, d("2026-11-21"));
        let milestones: Vec<u32> = r.milestones.iter().map(|m| m.days).collect();
        assert_eq!(milestones, [7, 14], "nothing ahead of a plan that has ended");
        assert!(!r.runs.last().unwrap().current);
    }
}
