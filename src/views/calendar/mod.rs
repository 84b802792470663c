//! `plan calendar`: one month as a grid, each week starting on the day it
//! starts on where the person is (`i18n::first_weekday`), each day marked, with
//! the milestones and step gates that fall in it. Pure: the view is computed
//! here from the state, that month's check-ins and `today`; [`render`]
//! writes it as text into any writer.

mod render;

use chrono::{Datelike, Days, NaiveDate, Weekday};

pub use render::render;

use crate::i18n::{self, t};
use crate::id::Month;
use crate::schedule::{self, Counter};
use crate::state::{Checkin, State};

/// Parse `YYYY-MM` into the first day of that month, with a message for clap.
pub fn parse_month(text: &str) -> Result<NaiveDate, String> {
    Month::parse(text).map(Month::first_day).ok_or_else(|| t!("calendar-not-a-month", text = text))
}

/// The first day of the month `date` falls in.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// How many days the month starting on `first` has.
pub fn days_in_month(first: NaiveDate) -> u32 {
    let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX);
    u32::try_from((next - first).num_days()).unwrap_or(31)
}

/// What kind of day a day of the plan was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// Before no contact began, or after the plan ended.
    Outside,
    /// Not yet: after today.
    Ahead,
    /// A day of no contact.
    NoContact,
    /// Contact that broke no contact.
    Slip,
    /// Contact that broke nothing: allowed, they reached out, logistics, a
    /// chance meeting.
    Contact,
    /// A look at their profile or photos: it broke nothing either, and the
    /// looking counter starts again.
    Looked,
    /// The last contact before the plan (`since_at_start`): no contact
    /// began the day after, so this day was one of contact, never of no contact.
    LastContact,
}

/// One day of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub date: NaiveDate,
    pub kind: DayKind,
    /// The check-in's mood, if the day has one.
    pub mood: Option<u8>,
    /// A milestone falls on this day: one a run reached, or one ahead in the current run.
    pub milestone: bool,
    /// A step's day gate opens on this day.
    pub gate: bool,
    pub today: bool,
}

/// A milestone or a gate in the month, for the list under the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    Milestone { date: NaiveDate, days: u32 },
    Gate { date: NaiveDate, number: usize, title: String },
}

impl Marker {
    pub fn date(&self) -> NaiveDate {
        match self {
            Marker::Milestone { date, .. } | Marker::Gate { date, .. } => *date,
        }
    }
}

/// `plan calendar`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The first day of the month shown.
    pub month: NaiveDate,
    pub today: NaiveDate,
    /// The day each week starts on.
    pub first: Weekday,
    /// The weeks, `first` first; `None` for the days of the months around it.
    pub weeks: Vec<[Option<Cell>; 7]>,
    /// The milestones and gates of the month, by date.
    pub markers: Vec<Marker>,
    /// The day no contact began, and the current run's.
    pub began: NaiveDate,
    pub since: NaiveDate,
    pub days: u32,
    /// The looking counter, once any day is recorded as a look.
    pub looking: Option<Counter>,
    /// The day the plan ended, if it has.
    pub ended: Option<NaiveDate>,
}

/// The month that starts on `month`, from the state and that month's
/// check-ins, its weeks starting where the person's do.
pub fn calendar(state: &State, checkins: &[Checkin], month: NaiveDate, today: NaiveDate) -> Calendar {
    calendar_from(state, checkins, month, today, i18n::first_weekday())
}

/// The month that starts on `month`, its weeks starting on `first`.
pub fn calendar_from(
    state: &State,
    checkins: &[Checkin],
    month: NaiveDate,
    today: NaiveDate,
    first: Weekday,
) -> Calendar {
    let counter = state.counter(today);
    let ended = state.ended.map(|ended| ended.date);
    let last = ended.map_or(today, |end| end.min(today));
    // Nothing ahead of a plan that has ended.
    let ahead_until = ended.unwrap_or(NaiveDate::MAX);
    let length = days_in_month(month);
    let in_month = |date: NaiveDate| month_of(date) == month && date <= ahead_until;
    // Every run's milestones reached, then the current run's still ahead.
    let reached = state.milestones_reached(today);
    let ahead = schedule::milestone_dates(counter.since)
        .into_iter()
        .filter(|milestone| !reached.iter().any(|reached| reached.date == milestone.date));
    let mut markers: Vec<Marker> = reached
        .iter()
        .map(|reached| (reached.date, reached.days))
        .chain(ahead.map(|milestone| (milestone.date, milestone.days)))
        .filter(|&(date, _)| in_month(date))
        .map(|(date, days)| Marker::Milestone { date, days })
        .collect();
    let progress = state.progress();
    for i in state.playbook.indices() {
        let step = state.playbook.step(i);
        let Some(min_days) = step.min_no_contact_days.filter(|&days| days > 0) else { continue };
        let date = schedule::gate_opens(counter.since, min_days);
        if progress.done_on(i).is_none() && in_month(date) {
            markers.push(Marker::Gate { date, number: i.number(), title: step.title.clone() });
        }
    }
    markers.sort_by_key(Marker::date);
    let cell = |date: NaiveDate| {
        let checkin = checkins.iter().find(|entry| entry.date == date);
        let contact = checkin.map(|entry| entry.contact);
        let kind = match contact {
            Some(contact) if contact.breaks_no_contact() => DayKind::Slip,
            _ if date > last => {
                if ended.is_some() && date <= today {
                    DayKind::Outside
                } else {
                    DayKind::Ahead
                }
            }
            _ if date < state.since_at_start => DayKind::Outside,
            _ if date == state.since_at_start => DayKind::LastContact,
            Some(crate::state::Contact::None) | None => DayKind::NoContact,
            Some(contact) if contact.is_a_look() => DayKind::Looked,
            Some(_) => DayKind::Contact,
        };
        Cell {
            date,
            kind,
            mood: checkin.and_then(|entry| entry.mood),
            milestone: markers.iter().any(|m| matches!(m, Marker::Milestone { date: d, .. } if *d == date)),
            gate: markers.iter().any(|m| matches!(m, Marker::Gate { date: d, .. } if *d == date)),
            today: date == today,
        }
    };
    let lead = (month.weekday().days_since(first)) as usize;
    let mut weeks = Vec::new();
    let mut week = [None; 7];
    for offset in 0..length {
        let date = month.checked_add_days(Days::new(u64::from(offset))).unwrap_or(month);
        let column = (lead + offset as usize) % 7;
        week[column] = Some(cell(date));
        if column == 6 {
            weeks.push(week);
            week = [None; 7];
        }
    }
    if week.iter().any(Option::is_some) {
        weeks.push(week);
    }
    Calendar {
        month,
        today,
        first,
        weeks,
        markers,
        began: state.since_at_start,
        since: counter.since,
        days: counter.days,
        looking: (!state.looks.is_empty()).then(|| state.looking(today)),
        ended,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Contact;
    use crate::views::fixtures::{d, state};

    fn checkin(date: &str, mood: Option<u8>, contact: Contact) -> Checkin {
        Checkin { date: d(date), mood, urge: None, contact, notes: vec![] }
    }

    /// The days of each week as numbers, 0 for the days of other months.
    fn shape(c: &Calendar) -> Vec<[u32; 7]> {
        c.weeks.iter().map(|week| week.map(|cell| cell.map_or(0, |cell| cell.date.day()))).collect()
    }

    #[test]
    fn months_parse_strictly_and_say_how() {
        assert_eq!(parse_month("2026-11"), Ok(d("2026-11-01")));
        let message = "`2026-13` is not a month; write it as YYYY-MM, such as 2026-11";
        // English: no language is chosen in a unit test.
        assert_eq!(parse_month("2026-13").unwrap_err(), message);
        for bad in ["2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", "november", ""] {
            assert!(parse_month(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_month_that_starts_on_a_sunday_has_it_last_in_the_first_week() {
        // 1 November 2026 is a Sunday: six weeks, the last of them Monday 30 alone.
        let c = calendar(&state("2026-11-01"), &[], d("2026-11-01"), d("2026-11-22"));
        let weeks = shape(&c);
        assert_eq!(weeks.len(), 6);
        assert_eq!(weeks[0], [0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(weeks[1], [2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(weeks[5], [30, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn a_week_starts_where_the_person_s_weeks_do() {
        // 1 November 2026 is a Sunday: first in a week that starts on Sunday.
        let c = calendar_from(&state("2026-11-01"), &[], d("2026-11-01"), d("2026-11-22"), Weekday::Sun);
        let weeks = shape(&c);
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0], [1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(weeks[4], [29, 30, 0, 0, 0, 0, 0]);
        let saturday =
            calendar_from(&state("2026-11-01"), &[], d("2026-11-01"), d("2026-11-22"), Weekday::Sat);
        assert_eq!(shape(&saturday)[0], [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(calendar(&state("2026-11-01"), &[], d("2026-11-01"), d("2026-11-22")).first, Weekday::Mon);
    }

    #[test]
    fn a_leap_february_has_29_days_and_a_common_one_28() {
        let leap = calendar(&state("2028-01-01"), &[], d("2028-02-01"), d("2028-03-01"));
        assert_eq!(leap.weeks.iter().flatten().flatten().count(), 29);
        // 1 February 2028 is a Tuesday; the 29th a Tuesday.
        assert_eq!(shape(&leap)[0], [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(shape(&leap)[4], [28, 29, 0, 0, 0, 0, 0]);
        let common = calendar(&state("2027-01-01"), &[], d("2027-02-01"), d("2027-03-01"));
        // 1 February 2027 is a Monday: exactly four weeks.
        assert_eq!(shape(&common).len(), 4);
        assert_eq!(common.weeks.iter().flatten().flatten().count(), 28);
    }

    #[test]
    fn each_day_is_marked_by_what_happened() {
        let mut s = state("2026-11-03");
        let checkins = [
            checkin("2026-11-05", Some(6), Contact::None),
            checkin("2026-11-08", Some(3), Contact::Initiated),
            checkin("2026-11-09", None, Contact::Logistics),
            checkin("2026-11-10", Some(7), Contact::TheyContacted),
        ];
        s = crate::event::with_checkins(s, &checkins);
        let c = calendar(&s, &checkins, d("2026-11-01"), d("2026-11-12"));
        let day = |n: u32| *c.weeks.iter().flatten().flatten().find(|cell| cell.date.day() == n).unwrap();
        assert_eq!(day(2).kind, DayKind::Outside);
        // The day of the last contact: no contact began after it.
        assert_eq!(day(3).kind, DayKind::LastContact);
        assert_eq!(day(4).kind, DayKind::NoContact);
        assert_eq!((day(5).kind, day(5).mood), (DayKind::NoContact, Some(6)));
        assert_eq!((day(8).kind, day(8).mood), (DayKind::Slip, Some(3)));
        assert_eq!((day(9).kind, day(9).mood), (DayKind::Contact, None));
        assert_eq!(day(10).kind, DayKind::Contact);
        assert!(day(12).today);
        assert_eq!(day(13).kind, DayKind::Ahead);
        // The run began again on the 8th: its 7-day milestone is the 15th.
        assert!(day(15).milestone);
        assert!(!day(10).milestone);
        assert!(day(22).milestone && !day(22).gate);
        // four-steps: step 1 opens at 21 days of no contact, the 29th, a milestone too.
        assert!(day(29).gate && day(29).milestone);
        assert_eq!(c.since, d("2026-11-08"));
    }

    #[test]
    fn the_day_of_the_last_contact_is_a_day_of_contact_whatever_its_check_in_says() {
        let mut s = state("2026-11-03");
        // A check-in on that day says no contact, or other contact: it was still
        // the day of the last contact. A slip on it stays a slip, as the counter has it.
        for (contact, kind) in [
            (Contact::None, DayKind::LastContact),
            (Contact::Logistics, DayKind::LastContact),
            (Contact::Initiated, DayKind::Slip),
        ] {
            let checkins = [checkin("2026-11-03", Some(4), contact)];
            s = crate::event::with_checkins(s, &checkins);
            let c = calendar(&s, &checkins, d("2026-11-01"), d("2026-11-12"));
            let cell = *c.weeks.iter().flatten().flatten().find(|cell| cell.date == d("2026-11-03")).unwrap();
            assert_eq!((cell.kind, cell.mood), (kind, Some(4)), "{contact:?}");
        }
        // Started today: today is the day of the last contact.
        let c = calendar(&state("2026-11-12"), &[], d("2026-11-01"), d("2026-11-12"));
        let cell = *c.weeks.iter().flatten().flatten().find(|cell| cell.today).unwrap();
        assert_eq!(cell.kind, DayKind::LastContact);
        // A month shown before it: nothing of it.
        let c = calendar(&state("2026-12-01"), &[], d("2026-11-01"), d("2026-12-05"));
        assert!(c.weeks.iter().flatten().flatten().all(|cell| cell.kind == DayKind::Outside));
    }
}
