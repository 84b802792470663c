//! `plan stats`: the whole plan in numbers. [`stats`] computes the view,
//! which is also `stats --json`; [`render`] writes it.

use std::io;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::i18n::{decimal, t};
use crate::state::{Checkin, State};
use crate::text::{Screen, fit};
use crate::views::status::{Streaks, UrgeCounts, streaks};

/// `plan stats`.
#[derive(Debug, Serialize)]
pub struct Stats {
    pub today: NaiveDate,
    pub started: NaiveDate,
    /// The runs of no contact: now, the longest, every day in all, and how
    /// often the count began again.
    pub no_contact: Streaks,
    pub checkins: CheckinStats,
    pub urges: UrgeCounts,
    pub steps_done: usize,
    pub steps_total: usize,
}

/// The check-ins in numbers; an average is `null` with nothing to average.
#[derive(Debug, Serialize)]
pub struct CheckinStats {
    pub count: usize,
    pub mood_average: Option<f64>,
    pub urge_average: Option<f64>,
    /// Over the 30 days to today.
    pub mood_last_30: Option<f64>,
    pub urge_last_30: Option<f64>,
}

/// The plan `state` in numbers on `today`, from all its check-ins.
pub fn stats(state: &State, checkins: &[Checkin], today: NaiveDate) -> Stats {
    let month_ago = today.checked_sub_days(Days::new(29)).unwrap_or(NaiveDate::MIN);
    let recent: Vec<&Checkin> =
        checkins.iter().filter(|day| day.date >= month_ago && day.date <= today).collect();
    let all: Vec<&Checkin> = checkins.iter().collect();
    let counter = state.counter(today);
    Stats {
        today,
        started: state.started,
        no_contact: streaks(state, &counter, today),
        checkins: CheckinStats {
            count: checkins.len(),
            mood_average: average(&all, |day| day.mood),
            urge_average: average(&all, |day| day.urge),
            mood_last_30: average(&recent, |day| day.mood),
            urge_last_30: average(&recent, |day| day.urge),
        },
        urges: UrgeCounts::of(&state.urges),
        steps_done: state.progress().done_count(),
        steps_total: state.playbook.steps.len(),
    }
}

/// The mean of a value over the days that have it, to one decimal.
fn average(days: &[&Checkin], value: fn(&Checkin) -> Option<u8>) -> Option<f64> {
    let values: Vec<f64> = days.iter().filter_map(|day| value(day).map(f64::from)).collect();
    #[allow(clippy::cast_precision_loss)] // a life's check-ins are far fewer than 2^52
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    (!values.is_empty()).then(|| (mean * 10.0).round() / 10.0)
}

pub fn render(out: &mut impl Screen, s: &Stats) -> io::Result<()> {
    let runs = &s.no_contact;
    fit(out, &t!("stats-heading", date = s.started.to_string(), days = runs.since_start))?;
    writeln!(out)?;
    let line = t!("stats-no-contact", now = runs.current, longest = runs.longest, total = runs.total);
    fit(out, &format!("  {line}"))?;
    if runs.resets > 0 {
        fit(out, &format!("  {}", t!("stats-resets", times = runs.resets)))?;
    }
    let days = usize::try_from(runs.since_start).unwrap_or(usize::MAX).saturating_add(1);
    fit(out, &format!("  {}", t!("stats-checkins", count = s.checkins.count.min(days), days = days)))?;
    // The last 30 days say something else only once the plan is older.
    let month = |month: Option<f64>| month.filter(|_| runs.since_start >= 30).map(|month| decimal(month, 1));
    let average = |all: Option<f64>| all.map(|all| decimal(all, 1));
    let mood = match (average(s.checkins.mood_average), month(s.checkins.mood_last_30)) {
        (Some(all), Some(month)) => Some(t!("stats-mood-month", all = all, month = month)),
        (Some(all), None) => Some(t!("stats-mood", all = all)),
        _ => None,
    };
    let urge = match (average(s.checkins.urge_average), month(s.checkins.urge_last_30)) {
        (Some(all), Some(month)) => Some(t!("stats-urge-month", all = all, month = month)),
        (Some(all), None) => Some(t!("stats-urge", all = all)),
        _ => None,
    };
    for line in [mood, urge].into_iter().flatten() {
        fit(out, &format!("  {line}"))?;
    }
    if s.urges.total > 0 {
        fit(out, &format!("  {}", t!("stats-urges", total = s.urges.total, held = s.urges.held)))?;
    }
    fit(out, &format!("  {}", t!("stats-steps", done = s.steps_done, total = s.steps_total)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::PlanId;
    use crate::playbook::{BUNDLED, Origin, parse};
    use crate::state::Contact;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn day(date: &str, mood: u8) -> Checkin {
        Checkin { date: d(date), mood: Some(mood), urge: None, contact: Contact::None, notes: vec![] }
    }

    #[test]
    fn averages_are_over_the_days_that_have_a_value() {
        let state = State::new(
            PlanId::of(&"a".into(), 1),
            parse(BUNDLED[0].1).unwrap(),
            Origin::Bundled,
            d("2026-09-01"),
            d("2026-09-01"),
        );
        let checkins = [day("2026-09-02", 2), day("2026-11-20", 6), day("2026-11-21", 9)];
        let s = stats(&state, &checkins, d("2026-11-21"));
        assert_eq!(s.checkins.mood_average, Some(5.7));
        assert_eq!(s.checkins.mood_last_30, Some(7.5));
        assert_eq!(s.checkins.urge_average, None);
        assert_eq!(s.no_contact.since_start, 81);
        let mut out = Vec::new();
        render(&mut out, &s).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("Check-ins: 3 of 82 days"), "{text}");
        assert!(text.contains("Mood: 5.7 on average, 7.5 over the last 30 days"), "{text}");
        assert!(!text.contains("Urge:"), "no urge was recorded: {text}");
    }
}
