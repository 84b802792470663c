//! What the person told `plan` that every route must honour: a reason never
//! to make contact, named in the latest readiness check, and the hardest
//! days, read from the check-ins' numbers. Pure: `today` is a parameter,
//! and no note is ever read (guessing from words would be wrong, and notes
//! are private).

use chrono::NaiveDate;

use crate::playbook::Phase;
use crate::schedule::days_since;
use crate::state::Day;
pub use crate::state::{Reason, Safety};

/// Whether a step of this phase involves contact with the ex: the steps
/// the safety state sets aside, and the only ones the caution about going
/// back goes with.
pub fn involves_contact(phase: Phase) -> bool {
    phase.involves_contact()
}

/// How many of the latest check-ins the hardest-days rule looks at.
pub const HARD_DAYS_WINDOW: usize = 5;
/// How many of those, with a mood of [`HARD_MOOD`] or below, make hard days.
pub const HARD_DAYS_NEEDED: usize = 3;
/// The mood at or below which a day counts as one of the hardest.
pub const HARD_MOOD: u8 = 2;
/// Check-ins older than this many days before today no longer count: the
/// rule speaks of now.
pub const HARD_DAYS_RECENT: i64 = 14;

/// Whether the latest check-ins show sustained distress: of the last
/// [`HARD_DAYS_WINDOW`] check-ins within [`HARD_DAYS_RECENT`] days of
/// `today`, at least [`HARD_DAYS_NEEDED`] have a mood of [`HARD_MOOD`] or
/// below, or one of them is a slip with a mood of 1. `recent` is oldest
/// first. Only numbers are read, never a note.
pub fn hard_days(recent: &[Day], today: NaiveDate) -> bool {
    let latest: Vec<&Day> = recent
        .iter()
        .rev()
        .filter(|day| (0..HARD_DAYS_RECENT).contains(&days_since(day.date, today)))
        .take(HARD_DAYS_WINDOW)
        .collect();
    let low = latest.iter().filter(|day| day.mood.is_some_and(|mood| mood <= HARD_MOOD)).count();
    let slip_at_the_bottom = latest.iter().any(|day| day.contact.breaks_no_contact() && day.mood == Some(1));
    low >= HARD_DAYS_NEEDED || slip_at_the_bottom
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Contact;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// Check-ins on consecutive days ending on `last`, with these moods.
    fn days(last: &str, moods: &[u8]) -> Vec<Day> {
        let last = d(last);
        let n = moods.len();
        moods
            .iter()
            .enumerate()
            .map(|(i, &mood)| Day {
                date: last - chrono::Days::new((n - 1 - i) as u64),
                mood: Some(mood),
                urge: None,
                contact: Contact::None,
            })
            .collect()
    }

    #[test]
    fn two_low_days_of_five_are_not_enough() {
        assert!(!hard_days(&days("2026-11-20", &[2, 5, 1, 6, 7]), d("2026-11-20")));
        assert!(!hard_days(&days("2026-11-20", &[3, 3, 3, 3, 3]), d("2026-11-20")));
    }

    #[test]
    fn three_low_days_of_the_last_five_are() {
        assert!(hard_days(&days("2026-11-20", &[2, 5, 1, 6, 2]), d("2026-11-20")));
        assert!(hard_days(&days("2026-11-20", &[1, 1, 1]), d("2026-11-20")));
    }

    #[test]
    fn only_the_last_five_check_ins_count() {
        // Three low days, but the first falls out of the last five.
        assert!(!hard_days(&days("2026-11-20", &[1, 8, 8, 8, 2, 2]), d("2026-11-20")));
    }

    #[test]
    fn a_slip_with_mood_one_is_enough_alone() {
        let mut recent = days("2026-11-20", &[7, 7, 1]);
        recent[2].contact = Contact::Initiated;
        assert!(hard_days(&recent, d("2026-11-20")));
        recent[2].mood = Some(2);
        assert!(!hard_days(&recent, d("2026-11-20")), "a slip at mood 2 alone is not");
    }

    #[test]
    fn hard_days_long_past_no_longer_count() {
        let recent = days("2026-11-01", &[1, 1, 1]);
        assert!(hard_days(&recent, d("2026-11-12")));
        // The first of the three is fourteen days back: the rule speaks of now.
        assert!(!hard_days(&recent, d("2026-11-13")));
    }
}
