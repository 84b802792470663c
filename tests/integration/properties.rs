//! Property tests of the no-contact counter and the check-in rules, over
//! random sequences of check-ins, slips and dates. The expected values come
//! from a deliberately plain model written here, not from the code under test.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use plan::event::{Change, apply};
use plan::playbook::{BUNDLED, parse};
use plan::schedule::{Counter, counter};
use plan::state::{Checkin, CheckinInput, Contact, State, month_key};
use proptest::prelude::*;

/// The day plans start on in these tests.
fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 20).unwrap()
}

fn plus(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(n))).unwrap()
}

fn minus(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_sub_days(Days::new(u64::from(n))).unwrap()
}

/// Whole days from `a` to `b`, never below zero.
fn gap(a: NaiveDate, b: NaiveDate) -> u32 {
    u32::try_from((b - a).num_days().max(0)).unwrap()
}

fn new_state(since_at_start: NaiveDate) -> State {
    let playbook = parse(BUNDLED[0].1).expect("the bundled playbook parses");
    let id = plan::event::PlanId::of(&plan::event::DeviceId::parse("0123456789abcdef").unwrap(), 1);
    State::new(id, playbook, plan::playbook::Origin::Bundled, start(), since_at_start)
}

/// One check-in as a person types it: a day (offset from the start), and
/// the fields given (`None`: not given, so an amendment keeps the old value).
#[derive(Debug, Clone)]
struct Op {
    day: u32,
    contact: Option<Contact>,
    mood: Option<u8>,
}

fn contact() -> impl Strategy<Value = Option<Contact>> {
    prop_oneof![
        Just(None),
        Just(Some(Contact::None)),
        Just(Some(Contact::Allowed)),
        Just(Some(Contact::Initiated)),
        Just(Some(Contact::Replied)),
        Just(Some(Contact::TheyContacted)),
        Just(Some(Contact::SocialMedia))
    ]
}

fn op(days: u32) -> impl Strategy<Value = Op> {
    (0..days, contact(), proptest::option::of(1u8..=10)).prop_map(|(day, contact, mood)| Op {
        day,
        contact,
        mood,
    })
}

/// What a plan is after a run of check-ins.
struct Scenario {
    /// How many days before the start the last contact was.
    before_start: u32,
    ops: Vec<Op>,
    /// Days after the latest possible check-in that today is.
    later: u32,
}

const SPAN: u32 = 150;

fn scenario() -> impl Strategy<Value = Scenario> {
    (0u32..40, prop::collection::vec(op(SPAN), 0..60), 0u32..100)
        .prop_map(|(before_start, ops, later)| Scenario { before_start, ops, later })
}

impl std::fmt::Debug for Scenario {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "since_at_start = start - {}, today = start + {}, ops:",
            self.before_start,
            SPAN + self.later
        )?;
        for op in &self.ops {
            write!(f, "\n  day {:>3} contact {:?} mood {:?}", op.day, op.contact, op.mood)?;
        }
        Ok(())
    }
}

/// The plain model: the final contact and mood of each date.
#[derive(Debug, Default, PartialEq)]
struct Model {
    days: BTreeMap<NaiveDate, (Contact, Option<u8>)>,
}

impl Model {
    fn apply(&mut self, date: NaiveDate, op: &Op) {
        let (contact, mood) = self.days.get(&date).copied().unwrap_or((Contact::None, None));
        self.days.insert(date, (op.contact.unwrap_or(contact), op.mood.or(mood)));
    }

    fn slips(&self) -> Vec<NaiveDate> {
        self.days
            .iter()
            // The two kinds a person reads as breaking no contact, written out
            // rather than asked of `breaks_no_contact`.
            .filter(|(_, (contact, _))| matches!(contact, Contact::Initiated | Contact::Replied))
            .map(|(date, _)| *date)
            .collect()
    }

    /// The counter as a person would work it out on paper.
    fn counter(&self, since_at_start: NaiveDate, today: NaiveDate) -> Counter {
        let slips = self.slips();
        let mut since = since_at_start;
        let mut longest = 0;
        for &slip in &slips {
            longest = longest.max(gap(since, slip));
            since = slip;
        }
        let days = gap(since, today);
        Counter { since, days, longest: longest.max(days), resets: u32::try_from(slips.len()).unwrap() }
    }
}

/// The state and its month files after applying `ops` in order, checking
/// at every step that a new date adds one to the count and an amendment none.
fn run(since_at_start: NaiveDate, ops: &[Op], today: NaiveDate) -> (State, BTreeMap<String, Vec<Checkin>>) {
    let mut state = new_state(since_at_start);
    let mut days: BTreeMap<NaiveDate, Checkin> = BTreeMap::new();
    for op in ops {
        let date = plus(start(), op.day);
        let before = state.checkins;
        let known = days.contains_key(&date);
        let input =
            CheckinInput { mood: op.mood, urge: None, contact: op.contact, note: None, replaces: Vec::new() };
        state.check_date(date, today).expect("a date between the start and today");
        apply(&mut state, &mut days, &Change::Checkin { date, fields: input });
        // (f) amending a date never changes the count; a new date adds one.
        assert_eq!(state.checkins, if known { before } else { before + 1 }, "{op:?}");
    }
    (state, by_month(&days))
}

/// Check-ins filed by month, as the logs file them.
fn by_month(days: &BTreeMap<NaiveDate, Checkin>) -> BTreeMap<String, Vec<Checkin>> {
    let mut months: BTreeMap<String, Vec<Checkin>> = BTreeMap::new();
    for day in days.values() {
        months.entry(month_key(day.date)).or_default().push(day.clone());
    }
    months
}

/// Every property of the counter and the count, for one scenario.
fn check(scenario: &Scenario) -> Result<(), TestCaseError> {
    let since_at_start = minus(start(), scenario.before_start);
    let today = plus(start(), SPAN + scenario.later);
    let (state, months) = run(since_at_start, &scenario.ops, today);
    let mut model = Model::default();
    for op in &scenario.ops {
        model.apply(plus(start(), op.day), op);
    }
    let got = state.counter(today);
    let want = model.counter(since_at_start, today);
    // (a) since is the start's last contact or the latest date whose final contact is a slip.
    let latest_slip = model.slips().last().copied();
    prop_assert_eq!(got.since, latest_slip.map_or(since_at_start, |slip| slip.max(since_at_start)));
    // (b) one reset per date whose final contact is a slip.
    prop_assert_eq!(got.resets, want.resets);
    // (c) the longest streak is at least today's, and at least every gap between resets.
    prop_assert!(got.longest >= got.days);
    let mut points = vec![since_at_start];
    points.extend(model.slips());
    for pair in points.windows(2) {
        prop_assert!(got.longest >= gap(pair[0], pair[1]), "gap {:?}", pair);
    }
    // (d) days are counted from since to today.
    prop_assert_eq!(i64::from(got.days), (today - got.since).num_days());
    // All of it exactly as the model says.
    prop_assert_eq!(got, want);
    // (e) one check-in per distinct date.
    prop_assert_eq!(state.checkins, model.days.len());
    prop_assert_eq!(&state.slips, &model.slips());
    // The month files hold what the model does, each in its own month, by date.
    let stored: BTreeMap<NaiveDate, (Contact, Option<u8>)> = months
        .iter()
        .flat_map(|(month, entries)| {
            assert!(entries.windows(2).all(|w| w[0].date < w[1].date), "{month} is sorted and unique");
            assert!(
                entries.iter().all(|entry| month_key(entry.date) == *month),
                "{month} holds its own days"
            );
            entries.iter().map(|entry| (entry.date, (entry.contact, entry.mood)))
        })
        .collect();
    prop_assert_eq!(&stored, &model.days);
    // The counter from the state is the counter from its slips.
    prop_assert_eq!(got, counter(state.since_at_start, &state.slips, today));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// (a)–(f) over random runs of check-ins, amendments and slips.
    #[test]
    fn the_counter_follows_the_checkins(scenario in scenario()) {
        check(&scenario)?;
    }

    /// (f) amending any recorded date, however, leaves the count alone.
    #[test]
    fn amending_never_changes_the_count(
        scenario in scenario(),
        pick in any::<prop::sample::Index>(),
        contact in contact(),
        mood in proptest::option::of(1u8..=10),
    ) {
        prop_assume!(!scenario.ops.is_empty());
        let since_at_start = minus(start(), scenario.before_start);
        let today = plus(start(), SPAN + scenario.later);
        let (mut state, months) = run(since_at_start, &scenario.ops, today);
        let mut days: BTreeMap<NaiveDate, Checkin> =
            months.into_values().flatten().map(|day| (day.date, day)).collect();
        let day = pick.get(&scenario.ops).day;
        let date = plus(start(), day);
        let before = state.checkins;
        let input = CheckinInput { mood, urge: Some(3), contact, note: Some("again".into()), replaces: Vec::new() };
        apply(&mut state, &mut days, &Change::Checkin { date, fields: input });
        prop_assert_eq!(state.checkins, before);
    }

    /// The looking counter (issue 19) over random looks, slips and
    /// amendments, many on the same few days: its since, days and longest
    /// as worked out on paper from the days whose final contact is a look,
    /// and the no-contact counter exactly as if nobody had ever looked.
    #[test]
    fn the_looking_counter_follows_looks_slips_and_amends(
        before_start in 0u32..40,
        ops in prop::collection::vec(op(25), 0..60),
        later in 0u32..100,
    ) {
        let since_at_start = minus(start(), before_start);
        let today = plus(start(), SPAN + later);
        let (state, _) = run(since_at_start, &ops, today);
        let mut model = Model::default();
        for op in &ops {
            model.apply(plus(start(), op.day), op);
        }
        // Looks written out, rather than asked of the code under test.
        let looks: Vec<NaiveDate> = model
            .days
            .iter()
            .filter(|(_, (contact, _))| *contact == Contact::SocialMedia)
            .map(|(date, _)| *date)
            .collect();
        let got = state.looking(today);
        // Since the latest look; the plan's start when there is none.
        let since = looks.last().copied().unwrap_or(start());
        prop_assert_eq!(got.since, since);
        prop_assert_eq!(got.days, gap(since, today));
        // The longest stretch between looks, from the start, today's included.
        let mut points = vec![start()];
        points.extend(&looks);
        points.push(today);
        let longest = points.windows(2).map(|pair| gap(pair[0], pair[1])).max().unwrap_or(0);
        prop_assert_eq!(got.longest, longest);
        prop_assert_eq!(&state.looks, &looks);
        // A look never starts no contact again; a slip never starts looking again.
        prop_assert_eq!(state.counter(today), model.counter(since_at_start, today));
    }

    /// (g) the order in which distinct days are recorded does not matter.
    #[test]
    fn the_order_of_distinct_days_does_not_matter(
        days in prop::collection::btree_map(0..SPAN, (contact(), proptest::option::of(1u8..=10)), 0..50)
            .prop_map(|days| days.into_iter().map(|(day, (contact, mood))| Op { day, contact, mood }).collect::<Vec<_>>())
            .prop_flat_map(|ops| (Just(ops.clone()), Just(ops).prop_shuffle())),
        before_start in 0u32..40,
        later in 0u32..100,
    ) {
        let (ordered, shuffled) = days;
        let since_at_start = minus(start(), before_start);
        let today = plus(start(), SPAN + later);
        let (a, months_a) = run(since_at_start, &ordered, today);
        let (b, months_b) = run(since_at_start, &shuffled, today);
        prop_assert_eq!(a.counter(today), b.counter(today));
        prop_assert_eq!(a.checkins, b.checkins);
        prop_assert_eq!(&a.slips, &b.slips);
        prop_assert_eq!(&a.recent, &b.recent);
        prop_assert_eq!(months_a, months_b);
    }

    /// The counter alone, for any today, even one earlier than the slips
    /// (a clock set back): days are never negative, and count from since.
    #[test]
    fn the_counter_never_goes_negative(
        before_start in 0u32..40,
        offsets in prop::collection::btree_set(0..SPAN, 0..20),
        today in 0..SPAN + 60,
    ) {
        let since_at_start = minus(start(), before_start);
        let slips: Vec<NaiveDate> = offsets.iter().map(|&n| plus(start(), n)).collect();
        let today = minus(plus(start(), today), 30);
        let got = counter(since_at_start, &slips, today);
        let since = slips.last().copied().unwrap_or(since_at_start);
        prop_assert_eq!(got.since, since);
        prop_assert_eq!(got.days, gap(since, today));
        prop_assert_eq!(got.resets, u32::try_from(slips.len()).unwrap());
        prop_assert!(got.longest >= got.days);
        // The longest streak counts no day after today.
        prop_assert!(got.longest <= gap(since_at_start, today));
    }
}

/// Several devices: what each writes, and when they sync.
mod devices {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;
    use plan::event::{Change, Clock, DeviceId, Event, PlanId, Recorded, Seen, fold, order};
    use plan::playbook::{BUNDLED, Origin, parse};
    use plan::state::{CheckinInput, Contact};
    use proptest::prelude::*;

    const DEVICES: usize = 3;

    /// What happens next: device `who` writes to day `day`, or syncs from `from`.
    #[derive(Debug, Clone)]
    enum Step {
        Write { who: usize, day: u32, mood: Option<u8>, contact: Option<Contact> },
        Sync { from: usize, to: usize },
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => (0..DEVICES, 0..4u32, proptest::option::of(1u8..=10), proptest::option::of(prop_oneof![
                Just(Contact::None),
                Just(Contact::Logistics),
                Just(Contact::Initiated),
            ]))
                .prop_map(|(who, day, mood, contact)| Step::Write { who, day, mood, contact }),
            2 => (0..DEVICES, 0..DEVICES).prop_map(|(from, to)| Step::Sync { from, to }),
        ]
    }

    /// How far each device's clock is off: on time, behind, a few days
    /// ahead, or as far ahead as a file can say.
    fn skew() -> impl Strategy<Value = i64> {
        prop_oneof![Just(0), Just(-5_000), Just(3 * 86_400_000), Just(i64::MAX / 2)]
    }

    fn id(n: usize) -> DeviceId {
        DeviceId::parse(&format!("{n:016x}")).unwrap()
    }

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap() + chrono::Days::new(u64::from(n))
    }

    /// Every event the devices wrote, each with what its device had seen.
    fn play(steps: &[Step], skews: &[i64]) -> Vec<Recorded> {
        let start = Recorded {
            device: id(0),
            event: Event {
                seq: 1,
                clock: Clock(1_000_000, 0),
                plan: PlanId::of(&id(0), 1),
                seen: Seen::new(),
                change: Change::Start {
                    playbook: Box::new(parse(BUNDLED[0].1).unwrap()),
                    source: Origin::Bundled,
                    started: day(0),
                    since: day(0),
                },
            },
        };
        let plan = PlanId::of(&id(0), 1);
        // What each device knows of each: the highest event number.
        let mut known = vec![vec![0u64; DEVICES]; DEVICES];
        for row in &mut known {
            row[0] = 1;
        }
        let mut events = vec![start];
        for (t, step) in steps.iter().enumerate() {
            match step {
                Step::Write { who, day: n, mood, contact } => {
                    let seq = known[*who][*who] + 1;
                    known[*who][*who] = seq;
                    let wall = 2_000_000 + 1_000 * i64::try_from(t).unwrap();
                    let clock = Clock(u64::try_from(wall.saturating_add(skews[*who])).unwrap(), 0);
                    let seen: Seen = (0..DEVICES)
                        .filter(|other| other != who && known[*who][*other] > 0)
                        .map(|other| (id(other), known[*who][other]))
                        .collect();
                    let fields = CheckinInput { mood: *mood, contact: *contact, ..CheckinInput::default() };
                    let change = Change::Checkin { date: day(*n), fields };
                    events.push(Recorded {
                        device: id(*who),
                        event: Event { seq, clock, plan: plan.clone(), seen, change },
                    });
                }
                Step::Sync { from, to } => {
                    let theirs = known[*from].clone();
                    for (mine, seq) in known[*to].iter_mut().zip(theirs) {
                        *mine = (*mine).max(seq);
                    }
                }
            }
        }
        events
    }

    /// Whether `later` was written after its device had seen `earlier`.
    fn saw(later: &Recorded, earlier: &Recorded) -> bool {
        if later.device == earlier.device {
            later.event.seq > earlier.event.seq
        } else {
            later.event.seen.get(&earlier.device).is_some_and(|seq| *seq >= earlier.event.seq)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Delivered in any order, the same events fold to the same plan.
        #[test]
        fn any_order_of_delivery_folds_to_the_same_plan(
            steps in proptest::collection::vec(step(), 1..40),
            skews in proptest::collection::vec(skew(), DEVICES),
            shuffle in any::<prop::sample::Index>(),
        ) {
            let mut events = play(&steps, &skews);
            let mut delivered = events.clone();
            let turn = shuffle.index(delivered.len());
            delivered.rotate_left(turn);
            delivered.reverse();
            order(&mut events);
            order(&mut delivered);
            prop_assert_eq!(fold(&events), fold(&delivered));
        }

        /// Each event comes after every event its device had seen, and the
        /// value a day ends with was written by an edit no other edit of
        /// that field had seen: an edit made after seeing another wins.
        #[test]
        fn an_edit_made_after_seeing_another_wins(
            steps in proptest::collection::vec(step(), 1..40),
            skews in proptest::collection::vec(skew(), DEVICES),
        ) {
            let mut events = play(&steps, &skews);
            order(&mut events);
            for (at, event) in events.iter().enumerate() {
                for earlier in &events[at + 1..] {
                    prop_assert!(!saw(event, earlier), "{event:?} is before {earlier:?}, which it saw");
                }
            }
            let folded = fold(&events).unwrap();
            let mut moods: BTreeMap<NaiveDate, Vec<&Recorded>> = BTreeMap::new();
            for recorded in &events {
                if let Change::Checkin { date, fields } = &recorded.event.change
                    && fields.mood.is_some()
                {
                    moods.entry(*date).or_default().push(recorded);
                }
            }
            for (date, writes) in moods {
                let latest: Vec<u8> = writes
                    .iter()
                    .filter(|write| !writes.iter().any(|other| saw(other, write)))
                    .filter_map(|write| match &write.event.change {
                        Change::Checkin { fields, .. } => fields.mood,
                        _ => None,
                    })
                    .collect();
                let mood = folded.days[&date].mood.unwrap();
                prop_assert!(latest.contains(&mood), "{date}: {mood} is not among the latest {latest:?}");
            }
        }

        /// A slip on any device stands against contact of another kind
        /// written for that day without seeing it.
        #[test]
        fn a_slip_stands_against_contact_that_did_not_see_it(
            steps in proptest::collection::vec(step(), 1..40),
            skews in proptest::collection::vec(skew(), DEVICES),
        ) {
            let mut events = play(&steps, &skews);
            order(&mut events);
            let folded = fold(&events).unwrap();
            for slip in &events {
                let Change::Checkin { date, fields } = &slip.event.change else { continue };
                if fields.contact != Some(Contact::Initiated) {
                    continue;
                }
                // Unless something written after seeing it changed that day's contact.
                let changed_after = events.iter().any(|other| {
                    saw(other, slip)
                        && matches!(&other.event.change, Change::Checkin { date: d, fields: f }
                            if d == date && f.contact.is_some())
                });
                if !changed_after {
                    prop_assert_eq!(folded.days[date].contact, Contact::Initiated, "{}", date);
                }
            }
        }
    }
}
