//! What a change to a check-in would do, and what it did. Pure: a command
//! asks [`checkin`] whether the day can take its input, commits the change
//! (the store applies it with `event::apply`, as the fold does), and then
//! reads [`Effects`] from the plan before and after. The confirmation and
//! the hooks both read those effects, so no command works them out again.

use chrono::NaiveDate;

use crate::schedule::{Counter, MILESTONES};
use crate::state::{Checkin, CheckinInput, Contact, DayChange, Refusal, State};

/// Whether `input` may be recorded for `date`, whose check-in is `day`
/// (`None` if it has none), and what recording it would do.
pub fn checkin(
    state: &State,
    day: Option<&Checkin>,
    date: NaiveDate,
    input: &CheckinInput,
    today: NaiveDate,
) -> Result<DayChange, Refusal> {
    state.check_date(date, today)?;
    if input.contact == Some(Contact::Planned) {
        state.check_planned()?;
    }
    Ok(DayChange::by(day, input))
}

/// What recording a check-in did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effects {
    pub recorded: DayChange,
    /// The counter before and after.
    pub before: Counter,
    pub after: Counter,
    /// The day did not break no contact before, and now does.
    pub slip_began: bool,
    /// The first check-in of today on the day the run reached a milestone: its days.
    pub milestone: Option<u32>,
    /// The day was not a look at their profile before, and now is.
    pub look_began: bool,
    /// The looking counter after.
    pub looking: Counter,
}

/// What recording a check-in for `date` did, from the plan `before` and `after` it.
pub fn effects(
    before: &State,
    after: &State,
    date: NaiveDate,
    recorded: DayChange,
    today: NaiveDate,
) -> Effects {
    let was_slip = before.slips.binary_search(&date).is_ok();
    let is_slip = after.slips.binary_search(&date).is_ok();
    let counter = after.counter(today);
    let milestone = (recorded == DayChange::New && date == today && MILESTONES.contains(&counter.days))
        .then_some(counter.days);
    Effects {
        recorded,
        before: before.counter(today),
        after: counter,
        slip_began: is_slip && !was_slip,
        milestone,
        look_began: after.looks.binary_search(&date).is_ok() && before.looks.binary_search(&date).is_err(),
        looking: after.looking(today),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::event::{Change, apply};
    use crate::playbook::{BUNDLED, Origin, parse};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_slip_on_a_day_is_said_once_and_a_milestone_on_the_first_check_in_of_its_day() {
        let before = State::new(
            crate::id::PlanId::of(&"a".into(), 1),
            parse(BUNDLED[0].1).unwrap(),
            Origin::Bundled,
            d("2026-11-01"),
            d("2026-11-01"),
        );
        let today = d("2026-11-08");
        let mut after = before.clone();
        let input = CheckinInput { mood: Some(5), ..CheckinInput::default() };
        let recorded = checkin(&before, None, today, &input, today).unwrap();
        apply(&mut after, &mut BTreeMap::new(), &Change::Checkin { date: today, fields: input });
        let did = effects(&before, &after, today, recorded, today);
        assert_eq!((did.recorded, did.milestone, did.slip_began), (DayChange::New, Some(7), false));

        let slip = CheckinInput { contact: Some(Contact::Initiated), ..CheckinInput::default() };
        let mut slipped = after.clone();
        apply(&mut slipped, &mut BTreeMap::new(), &Change::Checkin { date: d("2026-11-05"), fields: slip });
        let did = effects(&after, &slipped, d("2026-11-05"), DayChange::New, today);
        assert!(did.slip_began);
        assert_eq!((did.before.days, did.after.days, did.milestone), (7, 3, None));
    }

    #[test]
    fn a_day_that_cannot_be_recorded_is_refused() {
        let state = State::new(
            crate::id::PlanId::of(&"a".into(), 1),
            parse(BUNDLED[0].1).unwrap(),
            Origin::Bundled,
            d("2026-11-10"),
            d("2026-11-10"),
        );
        let input = CheckinInput::default();
        assert!(matches!(
            checkin(&state, None, d("2026-11-13"), &input, d("2026-11-12")),
            Err(Refusal::InFuture { .. })
        ));
        let planned = CheckinInput { contact: Some(Contact::Planned), ..CheckinInput::default() };
        assert!(matches!(
            checkin(&state, None, d("2026-11-11"), &planned, d("2026-11-12")),
            Err(Refusal::NotPlanned { .. })
        ));
    }
}
